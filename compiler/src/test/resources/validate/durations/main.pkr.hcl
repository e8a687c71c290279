source "null" "example" {
  communicator = "none"
}

source "null" "ssh" {
  ssh_host     = "127.0.0.1"
  ssh_username = "root"
  ssh_timeout  = "5 minutes"
}

build {
  sources = ["source.null.example", "source.null.ssh"]

  provisioner "shell-local" {
    inline       = ["echo hi"]
    pause_before = "10x"
  }

  provisioner "shell-local" {
    inline  = ["echo hi"]
    timeout = "5"
  }

  provisioner "sleep" {
    duration = "soon"
  }

  provisioner "shell" {
    inline              = ["echo hi"]
    start_retry_timeout = "1d"
    pause_after         = "10"
  }

  provisioner "shell-local" {
    inline          = ["echo hi"]
    packer_on_error = "clean-up"
  }
}
