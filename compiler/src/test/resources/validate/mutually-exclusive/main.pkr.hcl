source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln"
  access_key    = "AKIAEXAMPLE"
  instance_type = "t3.micro"
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"
  user_data      = "#!/bin/sh"
  user_data_file = "init.sh"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline = ["echo hi"]
    script = "setup.sh"
  }

  provisioner "file" {
    content     = "hello"
    source      = "hello.txt"
    destination = "/tmp/hello.txt"
  }
}
