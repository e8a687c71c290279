source "null" "example" {
  communicator = "none"
}

build {
  sources = ["source.null.example"]

  provisioner "shell-local" {
    inline       = ["echo hi"]
    pause_before = "10x"
  }

  provisioner "shell-local" {
    inline  = ["echo hi"]
    timeout = "5"
  }
}
