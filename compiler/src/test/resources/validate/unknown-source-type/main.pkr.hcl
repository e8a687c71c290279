source "nosuch" "x" {
}
build {
  sources = ["source.nosuch.x"]
}
