locals {
  greeting = "${local.hello}, ${var.who}"
  root     = path.root
  version  = packer.version
  ami      = data.amazon-ami.ubuntu.id
  built    = build.ID
}
local "token" {
  expression = "secret-${var.who}"
  sensitive  = true
}
