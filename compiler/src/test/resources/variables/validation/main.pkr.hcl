variable "size" {
  type    = number
  default = 100
  validation {
    condition     = var.size <= 50
    error_message = "The size must be at most 50."
  }
}
variable "name" {
  type = string
  validation {
    condition     = length(var.name) > 3
    error_message = "The name must be longer than three characters."
  }
  validation {
    condition     = can(regex("^[a-z]+$", var.name))
    error_message = "The name must be lowercase letters only."
  }
}
variable "image" {
  type = string
  validation {
    condition     = startswith(var.image, "ami-")
    error_message = "The image must be an AMI id, starting with \"ami-\"."
  }
}
variable "ok" {
  type    = string
  default = "fine"
  validation {
    condition     = var.ok == "fine"
    error_message = "Never shown."
  }
}
variable "nulls" {
  type    = string
  default = "x"
  validation {
    condition     = var.nulls == "x" ? null : true
    error_message = "Null is not an answer."
  }
}
