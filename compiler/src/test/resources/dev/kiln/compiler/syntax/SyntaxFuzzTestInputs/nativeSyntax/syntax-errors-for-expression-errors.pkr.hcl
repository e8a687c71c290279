a = [for in var.x : 1]
b = [for x var.y : 1]
c = [for x in var.z 1]
d = { for k, v in var.m : k }
