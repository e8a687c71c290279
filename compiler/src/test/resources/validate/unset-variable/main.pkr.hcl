variable "ami_name" {
  type = string
}

source "amazon-ebs" "ubuntu" {
  ami_name      = var.ami_name
  instance_type = "t3.micro"
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
