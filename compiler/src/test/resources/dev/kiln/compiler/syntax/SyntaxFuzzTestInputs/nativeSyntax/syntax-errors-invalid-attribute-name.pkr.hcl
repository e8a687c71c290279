a = var.
b = var.x.(y)
