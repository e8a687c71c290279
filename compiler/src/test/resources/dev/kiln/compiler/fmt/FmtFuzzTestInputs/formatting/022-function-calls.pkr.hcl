a = max( 1,2 , 3 )
b = concat (var.a, var.b)
c = format("%%s-%%s", var.a, var.b)
d = max(var.nums ...)
e = coalesce(
var.a,
var.b
)
