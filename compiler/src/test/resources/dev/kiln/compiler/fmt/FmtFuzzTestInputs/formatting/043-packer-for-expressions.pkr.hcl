locals {
  upper = [for s in var.names: upper(s)]
  by_key = {for i, v in var.list : v.name => v}
  grouped = {for v in var.list : v.group => v.name ...}
  filtered = [for s in var.names : s if length(s)>3]
  nested = [for a in var.outer: [for b in a: b*2]]
  multiline = [
    for s in var.names :
    lower(s)
    if s != ""
  ]
}
