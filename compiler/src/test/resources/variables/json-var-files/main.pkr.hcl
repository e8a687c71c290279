variable "template" {
  type = string
}
variable "list" {
  type = list(number)
}
variable "object" {
  type = object({ name = string, size = optional(number, 10) })
}
variable "wrong" {
  type    = number
  default = 1
}
