a = "many"
