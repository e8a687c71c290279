foo {}

variable "a" {
  type = int
}
