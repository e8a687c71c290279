variable "x" {
  default = "y"
}
