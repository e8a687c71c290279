a = "hello ${var.name}!"
b = "${upper("x${lower("Y${var.z}")}")}"
c = "${var.only}"
d = "a${1 + 2}b${[1, 2][0]}c"
e = "${
  var.multi_line
}"
