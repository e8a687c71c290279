hcp_packer_registry {
  bucket_name = "web"
}

hcp_packer_registry {
  bucket_name = "again"
}

source "null" "a" {}

build {
  sources = ["null.a"]
  hcp_packer_registry {
    bucket_name = "inner"
  }
}
