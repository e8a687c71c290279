source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  name    = "web"
  sources = ["source.null.a", "source.null.b"]

  provisioner "shell-local" {
    only   = ["null.a"]
    inline = ["echo only on a"]
  }

  post-processor "manifest" {}
}
