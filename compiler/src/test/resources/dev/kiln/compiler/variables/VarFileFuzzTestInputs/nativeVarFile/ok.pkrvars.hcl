a = "x"
b = [1, 2]
c = { y = { k = "v" } }
d = { any = true }
