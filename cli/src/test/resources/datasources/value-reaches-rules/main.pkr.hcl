# The AMI's name is known under -evaluate-datasources, so amazon-ebs' ami_name rule sees the
# colon it puts in the name (an unknown value would pass).
data "amazon-ami" "ubuntu" {
  filters = {
    name = "ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20170721"
  }
  owners = ["099720109477"]
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "${data.amazon-ami.ubuntu.id}: copy"
  instance_type = "t3.micro"
  region        = "us-east-1"
  source_ami    = data.amazon-ami.ubuntu.id
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
