a = var.list.0.1
