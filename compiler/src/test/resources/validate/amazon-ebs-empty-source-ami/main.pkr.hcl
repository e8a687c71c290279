source "amazon-ebs" "x" {
  region = "us-east-1"
  source_ami = ""
  ami_name = "example-ami"
  ssh_username = "u"
  instance_type = "t3.micro"
}
build { sources = ["source.amazon-ebs.x"] }
