source "null" "x" {
  comunicator = "none"
}
build { sources = ["source.null.x"] }
