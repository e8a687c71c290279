source "virtualbox-iso" "vm" {}

source "null" "ok" {}

data "amazon-amy" "x" {}

build {
  sources = ["source.virtualbox-iso.vm", "source.null.ok"]

  provisioner "shel" {
    inline = ["true"]
  }

  error-cleanup-provisioner "salt-masterless" {}

  post-processor "manifst" {}

  post-processors {
    post-processor "manifest" {}
    post-processor "docker-push" {}
  }
}
