variable "other" {
  default = "x"
}
variable "refers" {
  default = var.other
}
variable "calls" {
  default = upper("x")
}
variable "mismatch" {
  type    = number
  default = "many"
}
variable "badtype" {
  type    = int
  default = 1
}
variable "desc" {
  description = ["not", "a", "string"]
  default     = "x"
}
