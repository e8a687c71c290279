a = "${upper( var.x )}-${ lower(var.y) }"
b = "${ var.a }${ var.b }"
c = "text ${ var.list[0] } more"
