variable "a" {
  type    = string
  default = "x"
  validation {
    condition     = length(local.other) > 0
    error_message = "Must refer to itself."
  }
  validation {
    condition     = true
    error_message = "Constant."
  }
  validation {
    condition     = var.a != ""
    error_message = "lowercase start."
  }
  validation {
    condition     = var.a != ""
    error_message = "No final period"
  }
  validation {
    condition     = var.a != ""
    error_message = ""
  }
  validation {
    condition     = var.a != var.b
    error_message = "Questions are fine?"
  }
}
variable "b" {
  default = "y"
}
