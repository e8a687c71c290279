bulid {
}

variable "x" {
  defualt  = 1
  nullable = true
  validation = {}
  default {
  }
}

source "null" "a" {
  comunicator = "none"
}

output "y" {}
