a = 1-2
b = -1
c = [-1, - 2]
d = x ? -1 : - 2
e = (-a)
f = a - -b
g = a*-b
h = a == -1
i = a&&-b
j = foo(-1)
k = { x = -1 }
l = a.b - 1
m = f(x) - 1
n = [1][0] - 1
o = true - 1
