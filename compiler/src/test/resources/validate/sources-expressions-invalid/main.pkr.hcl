variable "names" {
  type    = list(string)
  default = ["a", "c"]
}

source "null" "a" {
  communicator = "none"
}

build {
  sources = [for n in var.names : "source.null.${n}"]
}

build {
  name    = "not-a-list"
  sources = { a = "source.null.a" }
}
