data "amazon-ami" "ubuntu" {
  filters = {
    name = "ubuntu/images/*"
  }
  most_recent = true
  owners      = ["self"]
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln"
  instance_type = "t3.micro"
  region        = "us-east-1"
  source_ami    = data.amazon-ami.ubuntu.id
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
