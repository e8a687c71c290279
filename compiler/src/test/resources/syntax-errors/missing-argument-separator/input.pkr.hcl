a = format("%s" "x")
