source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  provisioner "shel" {
    inline = ["true"]
  }
}
