# Builds a hardened base AMI.
packer {
  required_plugins {
    amazon = {
    version = ">= 1.2.0"
    source = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type = string
  default = "us-east-1"
  description = "AWS region to build in"
}

variable "instance_type" {
type    = string
default = "t3.micro"
  validation {
    condition = can(regex("^t3\\.", var.instance_type))
    error_message = "Only t3 instances are allowed."
  }
}

locals {
    timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  ami_name = "base-${local.timestamp}"
  common_tags = {
    Project = "kiln"
    ManagedBy = "packer"
  }
}

source "amazon-ebs" "ubuntu" {
  ami_name      = local.ami_name
  instance_type = var.instance_type
  region = var.region
  source_ami_filter {
    filters = {
      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners = ["099720109477"]
  }
  ssh_username = "ubuntu"
  tags = merge(local.common_tags, {
    Name = local.ami_name
    Base_AMI = "{{ .SourceAMI }}"
  })
}
