variable "kind" {
  type    = string
  default = "null"
}

locals {
  names = ["a", "b"]
}

source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  name    = "from-local"
  sources = [for n in local.names : "source.${var.kind}.${n}"]
}

build {
  name    = "from-template"
  sources = ["source.null.a", "${var.kind}.b"]
}
