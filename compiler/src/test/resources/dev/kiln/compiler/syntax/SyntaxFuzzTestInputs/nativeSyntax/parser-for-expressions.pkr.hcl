a = [for s in var.list : upper(s)]
b = [for i, s in var.list : "${i}:${s}" if i > 0]
c = { for k, v in var.map : k => v }
d = { for s in var.list : substr(s, 0, 1) => s... }
e = { for k, v in var.map : v => k if k != "x" }
f = [
  for x in var.list :
  x * 2
]
g = { for k, v in var.map :
  k => v
}
