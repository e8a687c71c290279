variable {
}

source "null" {
}

build "named" {
  sources = ["null.a"]
}

locals "extra" {
}
