variable "region" {
  type = string
}
variable "nullable" {
  type    = string
  default = null
}
locals {
  where = "in ${var.region}"
}
