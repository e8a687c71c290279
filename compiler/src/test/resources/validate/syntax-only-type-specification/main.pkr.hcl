variable "a" {
  type = int
}
