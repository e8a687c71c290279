packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type        = string
  default     = "us-east-1"
  description = "AWS region"
  validation {
    condition     = can(regex("^[a-z]{2}-", var.region))
    error_message = "The region must look like us-east-1."
  }
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  tags = merge(var.tags, {
    Built = local.timestamp
  })
}

source "amazon-ebs" "ubuntu" {
  ami_name      = "kiln-${local.timestamp}"
  instance_type = "t3.micro"
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
  ssh_username = "ubuntu"
  tags         = local.tags
}

build {
  name    = "ubuntu"
  sources = ["source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx",
    ]
  }

  provisioner "shell" {
    inline = [<<-EOF
      echo "built ${build.name}"
    EOF
    ]
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
