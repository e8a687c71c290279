a = ! b
b = !(a||b)&&c
c = ! ! d
