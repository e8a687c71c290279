# A realistic, ~100-line template for the cold-start measurements (scripts/bench-cli): what a
# team's single-image template typically looks like. Kept in canonical `packer fmt` layout.

variable "region" {
  type        = string
  default     = "us-east-1"
  description = "Region the image is built in."
}

variable "ami_regions" {
  type    = list(string)
  default = ["us-west-2", "eu-west-1"]
}

variable "instance_type" {
  type    = string
  default = "t3.small"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "packages" {
  type    = list(string)
  default = ["curl", "jq", "unzip", "htop"]
}

variable "tags" {
  type = map(string)
  default = {
    Owner      = "platform-team"
    CostCenter = "cc-1234"
  }
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  name      = "web-${var.environment}-${local.timestamp}"
  is_prod   = var.environment == "prod"
  tags = merge(var.tags, {
    Name        = local.name
    Environment = var.environment
  })
  package_list = join(" ", [for p in var.packages : lower(p)])
}

source "amazon-ebs" "web" {
  ami_name      = local.name
  ami_regions   = local.is_prod ? var.ami_regions : []
  instance_type = var.instance_type
  region        = var.region
  encrypt_boot  = true
  ssh_username  = "ubuntu"
  ssh_timeout   = "10m"

  source_ami_filter {
    filters = {
      name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners      = ["099720109477"]
  }

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = 20
    volume_type           = "gp3"
    delete_on_termination = true
  }

  tags     = local.tags
  run_tags = local.tags
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    environment_vars = ["DEBIAN_FRONTEND=noninteractive"]
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx ${local.package_list}",
    ]
  }

  provisioner "file" {
    destination = "/tmp/motd"
    content     = <<-EOT
      Built by Packer for ${var.environment}.
      %{for k, v in local.tags~}
      ${k}: ${v}
      %{endfor~}
    EOT
  }

  post-processor "manifest" {
    output     = "manifest.json"
    strip_path = true
  }
}
