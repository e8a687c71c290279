a = var.enabled?1:0
b = var.x==null?"none":var.x
c = (var.a>=1) ? var.b<=2 : var.c!=3
