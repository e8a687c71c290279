a = f()
b = concat([1], [2])
c = max(var.numbers...)
d = format("%s-%s",
  var.a,
  var.b,
)
e = merge(local.tags, { Name = "x" })
f = timestamp()
