source "amazon-ebs" "ubuntu" {
  region       = "us-east-1"
  ssh_username = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "file" {
    source = "app.tar.gz"
  }

  provisioner "shell" {}
}
