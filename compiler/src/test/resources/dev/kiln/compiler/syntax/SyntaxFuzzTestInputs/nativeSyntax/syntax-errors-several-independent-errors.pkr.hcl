variable "a" {
  type = string
  default = "x" "y"
}

source "null" "x" {
  communicator = [1 2]
  ok = true
}

build {
  name = 
  sources = ["source.null.x"]
}
