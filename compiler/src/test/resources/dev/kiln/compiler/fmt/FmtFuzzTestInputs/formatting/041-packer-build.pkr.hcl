build {
  name = "base"
  sources = ["source.amazon-ebs.ubuntu",
  "source.null.example"]

  provisioner "shell" {
    environment_vars = ["FOO=${var.foo}", "BAR=bar"]
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx",
    ]
  }

  provisioner "shell" {
    inline = [<<-EOF
      set -e
      echo "building ${source.name}"
      if [ -n "$HOME" ]; then
        echo home
      fi
    EOF
    ]
    only = ["amazon-ebs.ubuntu"]
  }

  provisioner "file" {
  source = "files/"
  destination = "/tmp"
  }

  post-processor "manifest" {
    output = "manifest.json"
    strip_path = true
  }
  post-processors {
    post-processor "checksum" {
      checksum_types = ["sha256"]
    }
  }
}
