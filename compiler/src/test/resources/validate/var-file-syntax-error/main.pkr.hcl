variable "a" { type = string }
variable "b" { type = string }
source "null" "x" { communicator = "none" }
build { sources = ["source.null.x"] }
