source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln"
  instance_type = ["t3.micro"]
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"
  ebs_optimized = "maybe"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline      = "echo hi"
    max_retries = "many"
  }
}
