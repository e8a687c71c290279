locals {
  a    = "${local.b}-a"
  b    = "${local.c}-b"
  c    = local.a
  self = local.self
  uses = local.a
  fine = "ok"
}
