a = var.x ? "yes" : "no"
b = var.x ? var.y ? 1 : 2 : var.z ? 3 : 4
c = (
  var.x
  ? "multi"
  : "line"
)
d = var.x == "" ? null : var.x
