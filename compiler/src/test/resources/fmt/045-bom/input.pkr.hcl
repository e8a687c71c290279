variable "x" {
default="y"
}
