variable "region" {
  type    = string
  default = "us-east-1"
}

locals {
  name = "kiln-${var.regoin}"
}

source "null" "example" {
  communicator = "none"
}

build {
  sources = ["source.null.example"]

  provisioner "shell-local" {
    inline = ["echo ${local.nmae}", "echo ${local.name}"]
  }
}
