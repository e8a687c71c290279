variables {
  region = "eu-west-1"
}

local "name" {
  expression = "b"
}

source "null" "one" {}

data "amazon-ami" "x" {}

build {
  sources = ["null.one"]
}
