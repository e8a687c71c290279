variable "who" {
  default = "world"
}
locals {
  hello   = upper("hello")
  broken  = 1 + "x"
  depends = "${local.broken}!"
  typo    = local.helo
  uses    = [local.token, local.greeting]
}
