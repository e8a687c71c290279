# Locals and data sources form one graph: the data block uses local.canonical, and
# local.image uses the data block, whatever the order they are written in.
locals {
  image = "${data.amazon-ami.ubuntu.name} (${data.amazon-ami.ubuntu.owner})"
}

data "amazon-ami" "ubuntu" {
  filters = {
    name = local.xenial
  }
  owners = [local.canonical]
}

locals {
  canonical = "099720109477"
  xenial    = "ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20170721"
}

source "amazon-ebs" "ubuntu" {
  ami_description = local.image
  ami_name        = "kiln"
  instance_type   = "t3.micro"
  region          = "us-east-1"
  source_ami      = data.amazon-ami.ubuntu.id
  ssh_username    = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
