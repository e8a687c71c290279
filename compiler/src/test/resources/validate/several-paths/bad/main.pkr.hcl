source "null" "example" {
  communicator = "none"
}

build {
  sources = ["source.null.example"]

  provisioner "shel" {
    inline = ["echo hi"]
  }

  post-processor "manifset" {}
}
