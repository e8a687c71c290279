packer {
  required_version = ">= 2.0.0"
}

variable "x" {
  nullable = true
}
