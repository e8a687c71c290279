source "null" "x" {
  communicator = "none"

build {
  sources = ["source.null.x"]
}
