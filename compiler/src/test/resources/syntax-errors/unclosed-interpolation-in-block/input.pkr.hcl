locals {
  x = "${foo"
}
