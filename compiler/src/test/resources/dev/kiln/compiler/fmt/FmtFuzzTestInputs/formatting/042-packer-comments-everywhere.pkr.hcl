// Leading comment
/* block
   header */
variable "x" { # after header
  # inside
  type = string # the type
  default = "y" // the default

  // before closing brace
} # after block

locals {
  list = [
    1, # one
    2, // two
    /* three */ 3,
  ]
  map = {
    a = 1 # a
    bb = 2 # bb
  }
}
# trailing comment at end
