variable "password" {
  type      = string
  sensitive = true
}
variable "keys" {
  type      = map(string)
  sensitive = true
  default   = { a = "1" }
}
locals {
  dsn = "user:${var.password}@host"
}
