source "null" "base" {
  communicator = "none"
}

build {
  sources = ["source.null.bsae", "nope", "source.null.base", var.extra]

  source "source.null.base" {
    name         = "renamed"
    communicator = "ssh"
    ssh_host     = "example.com"
    ssh_hots     = "typo"
  }

  source "bad ref" {}
}

build {
  name = "empty"
}
