zones = "not a list"
ref   = var.port
call  = upper("x")
shape = { a = "one" }
typo  = 1
