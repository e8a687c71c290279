a = [for x in [1,2]: x if x>1]
b = {for k,v in var.m : k=>v...}
c = [ for s in var.list : upper(s) ]
d = [for x in(var.l): x]
e = {
for k, v in local.tags:
k => v
if v != ""
}
