a = var.list[*].id
b = var.list.*.id
c = var.map["key"]
d = var.list [ 0 ]
e = foo()[0].bar
f = [1, 2] [0]
g = 5 [0]
