name = "Ab"
