locals {
  names   = ["a", "b"]
  buckets = ["bad_bucket_name"]
}

source "null" "base" {
  communicator = "none"
}

build {
  dynamic "source" {
    for_each = local.names
    labels   = ["source.null.base"]
    content {
      name = source.value
    }
  }

  # An empty for_each generates nothing, so nothing is checked.
  dynamic "hcp_packer_registry" {
    for_each = []
    content {
      bucket_name = "no"
    }
  }

  provisioner "shell-local" {
    inline = ["echo ${source.name}"]
  }
}

build {
  name    = "registry"
  sources = ["source.null.base"]

  dynamic "hcp_packer_registry" {
    for_each = local.buckets
    content {
      bucket_name = hcp_packer_registry.value
    }
  }
}
