a = [for x in [foo]: x]
b = [for k, v in {a=1}: v]
c = [for in in var.in: in]
