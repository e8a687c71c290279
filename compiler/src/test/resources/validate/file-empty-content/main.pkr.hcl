source "null" "x" { communicator = "none" }
build {
  sources = ["source.null.x"]
  provisioner "file" {
    content = ""
    destination = "/tmp/marker"
  }
}
