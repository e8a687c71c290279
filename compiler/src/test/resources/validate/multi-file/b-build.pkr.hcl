build {
  sources = ["source.null.example"]

  provisioner "shell-local" {
    inline = 42
  }
}
