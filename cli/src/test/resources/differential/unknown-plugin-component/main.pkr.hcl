source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  post-processor "docker-push" {
    login = false
  }
}
