variable "fruit" {
  type = string
}

variable "sizes" {
  default = { small = 1, large = 3 }
}

locals {
  fruit = var.fruit
  list  = ["a", "b"]
}

source "null" "builder" {
  communicator = "none"
}

build {
  name        = "salad"
  description = "Makes a fruit salad."

  source "source.null.builder" {
    name = "bowl"
  }

  provisioner "shell-local" {
    name   = "peel"
    inline = ["echo ${var.fruit}"]
  }

  provisioner "shell-local" {
    inline = ["echo done"]
  }

  post-processors {
    post-processor "manifest" {}
    post-processor "shell-local" {
      name   = "notify"
      inline = ["echo done"]
    }
  }

  post-processor "checksum" {}
}

build {
  sources = ["source.null.builder"]
}
