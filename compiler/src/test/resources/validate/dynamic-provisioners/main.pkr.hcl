locals {
  words = ["one", "two"]
}

source "null" "a" {
  communicator = "none"
}

build {
  sources = ["source.null.a"]

  provisioner "breakpoint" {
    disable = true
  }

  dynamic "provisioner" {
    for_each = local.words
    labels   = ["shell-local"]
    content {
      name   = "say-${provisioner.key}"
      inline = ["echo ${provisioner.value}"]
    }
  }

  provisioner "sleep" {
    duration = "1ms"
  }

  dynamic "provisioner" {
    for_each = { first = "1ms", second = "2ms" }
    iterator = nap
    labels   = ["sleep"]
    content {
      only         = ["null.a"]
      pause_before = nap.value
      duration     = nap.value
    }
  }

  post-processor "manifest" {}

  dynamic "post-processor" {
    for_each = ["checksum", "shell-local"]
    labels   = [post-processor.value]
    content {
      keep_input_artifact = true
    }
  }

  post-processors {
    post-processor "compress" {}
    post-processor "artifice" {
      files = ["x"]
    }
  }
}
