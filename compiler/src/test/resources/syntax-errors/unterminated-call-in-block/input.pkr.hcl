locals {
  x = foo(1
}

locals {
  y = "${foo(1}"
  z = {a = foo(1}
  w = a ? foo(1 : 2
}

variable "after" {
  default = 1 2
}
