source "amazon-ebs" "a" {
  ami_name = "x"
  source_ami_filter {
    owners = ["self"]
  }
  source_ami_filter {
    owners = ["other"]
  }
  source_ami_filter = {}
  tags {
  }
}

build {
  sources = ["amazon-ebs.a"]
  provisioner "shell" {
    inlin = ["true"]
  }
  post-processor "manifest" {
    outptu = "x"
  }
}
