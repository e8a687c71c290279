variable "password" {
  type      = string
  default   = "hunter2"
  sensitive = true
}

variable "region" {
  type    = string
  default = "us-east-1"
}

locals {
  url = "https://admin:${var.password}@example.com"
}

source "null" "builder" {
  communicator = "none"
}

build {
  sources = ["source.null.builder"]
}
