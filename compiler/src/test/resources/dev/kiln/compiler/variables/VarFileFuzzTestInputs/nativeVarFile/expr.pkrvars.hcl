a = var.b
b = [for x in [1]: x]
