variable "port" {
  type = number
}
variable "zones" {
  type = list(string)
}
variable "flag" {
  type = bool
}
variable "ref" {
  type    = string
  default = "x"
}
variable "call" {
  type    = string
  default = "x"
}
variable "shape" {
  type    = object({ a = number })
  default = { a = 1 }
}
