source "amazon-ebs" "x" {
  region = "us-east-1"
  source_ami = "ami-123"
  ami_name = "example-ami"
  ssh_username = "u"
  instnace_type = "t3.micro"
}
build { sources = ["source.amazon-ebs.x"] }
