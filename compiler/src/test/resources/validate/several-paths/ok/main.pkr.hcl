variable "region" {
  type    = string
  default = "us-east-1"
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln-${source.name}"
  instance_type = "t3.micro"
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline = ["echo building ${build.ID}"]
  }

  provisioner "shell" {
    inline       = ["sudo apt-get update"]
    pause_before = "10s"
    max_retries  = 2
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
