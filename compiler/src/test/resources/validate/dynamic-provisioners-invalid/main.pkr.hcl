source "null" "a" {
  communicator = "none"
}

build {
  sources = ["source.null.a"]

  dynamic "provisioner" {
    for_each = ["one"]
    labels   = ["shell-locl"]
    content {
      inline = ["echo ${provisioner.value}"]
    }
  }

  dynamic "provisioner" {
    for_each = ["one", "two"]
    labels   = ["shell-local"]
    content {
      inline          = provisioner.value
      only            = ["null.a"]
      except          = ["null.b"]
    }
  }

  dynamic "post-processor" {
    for_each = ["x"]
    labels   = ["manifset"]
    content {}
  }

  dynamic "post-processor" {
    for_each = ["x"]
    content {
      keep_input_artifact = "maybe"
    }
  }

  dynamic "error-cleanup-provisioner" {
    for_each = ["x"]
    labels   = ["shell-local"]
    content {}
  }
}
