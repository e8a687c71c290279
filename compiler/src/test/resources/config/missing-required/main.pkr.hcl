local "x" {
}

variable "y" {
  validation {
    condition = true
  }
}

source "amazon-ebs" "a" {
  launch_block_device_mappings {
    volume_size = 8
  }
}

build {
  sources = ["amazon-ebs.a"]
}
