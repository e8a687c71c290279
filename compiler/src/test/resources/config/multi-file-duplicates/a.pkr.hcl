variable "region" {}

locals {
  name = "a"
}

source "null" "one" {
  communicator = "none"
}

data "amazon-ami" "x" {}
