a = "file"
b = "undeclared"
