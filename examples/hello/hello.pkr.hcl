# The smallest build: no machine (null builder, no communicator), one local
# command, and a manifest of what was built.
source "null" "hello" {
  communicator = "none"
}

build {
  sources = ["source.null.hello"]

  provisioner "shell-local" {
    inline = ["echo Hello from kiln"]
  }

  post-processor "manifest" {
    output     = "hello-manifest.json"
    strip_path = true
  }
}
