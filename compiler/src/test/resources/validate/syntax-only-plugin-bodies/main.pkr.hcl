source "null" "x" {
  nosuch = 1
}
build {
  sources = ["source.null.x"]
  provisioner "nosuch" {}
}
