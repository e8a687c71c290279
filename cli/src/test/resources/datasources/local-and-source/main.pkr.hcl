# moto's built-in Ubuntu image: ami-785db401, owned by Canonical.
data "amazon-ami" "ubuntu" {
  filters = {
    name                = "ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20170721"
    virtualization-type = "hvm"
  }
  most_recent = true
  owners      = ["099720109477"]
  region      = "us-east-1"
}

locals {
  ami = data.amazon-ami.ubuntu.id
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln-${data.amazon-ami.ubuntu.id}"
  instance_type = "t3.micro"
  source_ami    = local.ami
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
