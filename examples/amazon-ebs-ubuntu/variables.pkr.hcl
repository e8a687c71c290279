variable "region" {
  type        = string
  default     = "us-east-1"
  description = "The AWS region to build in."

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.region))
    error_message = "The region must look like \"us-east-1\"."
  }
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "ami_prefix" {
  type    = string
  default = "kiln-web"
}

variable "ssh_username" {
  type    = string
  default = "ubuntu"
}

variable "ssh_host" {
  type        = string
  default     = ""
  description = "Where to reach the instance's sshd; empty: the instance's own address."
}

variable "ssh_port" {
  type    = number
  default = 22
}

variable "extra_packages" {
  type    = list(string)
  default = ["curl", "jq"]
}

variable "tags" {
  type = map(string)
  default = {
    Team = "platform"
  }
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  tags = merge(var.tags, {
    Name      = "${var.ami_prefix}-${local.timestamp}"
    BuiltWith = "kiln"
  })
}
