# An Ubuntu AMI with nginx: the shape of most Packer templates in the wild.

packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "${var.ami_prefix}-${local.timestamp}"
  instance_type = var.instance_type
  region        = var.region

  source_ami_filter {
    filters = {
      name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners      = ["099720109477"]
  }

  ssh_username = var.ssh_username
  tags         = local.tags

  # Empty on AWS, where kiln connects to the instance's own address; scripts/local-ami-build points
  # them at the local sshd that stands in for the instance.
  ssh_host = var.ssh_host
  ssh_port = var.ssh_port
}

build {
  name    = "web"
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    environment_vars = ["DEBIAN_FRONTEND=noninteractive"]
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx",
    ]
  }

  provisioner "shell" {
    inline = [<<-EOF
      echo "built by ${build.name} from ${source.name}"
      %{~for pkg in var.extra_packages~}
      sudo apt-get install -y ${pkg}
      %{~endfor~}
    EOF
    ]
  }

  post-processor "manifest" {
    output     = "manifest.json"
    strip_path = true
  }
}
