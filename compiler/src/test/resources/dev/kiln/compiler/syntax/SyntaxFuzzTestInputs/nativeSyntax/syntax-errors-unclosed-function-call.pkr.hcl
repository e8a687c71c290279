a = upper("x"
