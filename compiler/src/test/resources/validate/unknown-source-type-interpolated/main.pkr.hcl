variable "builder_type" {
  default = "nosuch"
}

source "null" "template" {
  communicator = "none"
}

source "nosuch" "template" {
}

build {
  sources = ["source.${var.builder_type}.template"]
}
