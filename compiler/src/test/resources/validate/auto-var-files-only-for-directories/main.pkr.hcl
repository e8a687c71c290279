variable "greeting" {
  type = string
}

source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  provisioner "shell-local" {
    inline = ["echo ${var.greeting}"]
  }
}
