source "null" "remote" {
  ssh_host             = "127.0.0.1"
  ssh_username         = "admin"
  ssh_private_key_file = "no-such-dir/id_ed25519"
}

source "amazon-ebs" "web" {
  region         = "us-east-1"
  source_ami     = "ami-0123456789abcdef0"
  instance_type  = "t3.micro"
  ami_name       = "web-image"
  ssh_username   = "admin"
  user_data_file = "no-such-dir/user-data.sh"
}

build {
  sources = ["source.null.remote", "source.amazon-ebs.web"]

  provisioner "file" {
    sources     = ["no-such-dir/app.tar.gz", "no-such-dir/config/"]
    destination = "/tmp/"
  }

  provisioner "file" {
    source      = "no-such-dir/generated.txt"
    destination = "/tmp/generated.txt"
    generated   = true
  }

  provisioner "file" {
    source      = "/etc/os-release"
    destination = "/tmp/os-release"
    direction   = "download"
  }

  provisioner "shell" {
    script = "no-such-dir/setup.sh"
  }

  provisioner "shell-local" {
    scripts = ["no-such-dir/local.sh"]
  }
}
