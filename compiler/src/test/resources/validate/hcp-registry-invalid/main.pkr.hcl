variable "bucket" {
  default = "no_underscores_allowed"
}

hcp_packer_registry {
  bucket_name   = var.bucket
  description   = "${join("", [for i in range(26) : "0123456789"])}"
  labels        = { os = "debian" }
  bucket_labels = { os = "debian" }
}

source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]
}
