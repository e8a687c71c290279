packer {
  required_version = ">= 1.10.0"
}

variable "region" {
  type        = string
  default     = "eu-west-1"
  description = "Where to build."
  validation {
    condition     = length(var.region) > 0
    error_message = "The region must not be empty."
  }
}

variables {
  size = 8
}

locals {
  name = "web-${var.region}"
}

local "secret" {
  expression = "s3cr3t"
  sensitive  = true
}

source "amazon-ebs" "web" {
  ami_name      = local.name
  region        = var.region
  instance_type = "t3.micro"
  tags = {
    Name = "web"
  }
  source_ami_filter {
    owners      = ["099720109477"]
    most_recent = true
  }
  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = 8
  }
}

data "amazon-ami" "ubuntu" {
  owners = ["099720109477"]
}

build {
  name    = "web"
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    inline       = ["echo ${build.name}"]
    pause_before = "10s"
    max_retries  = 2
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
