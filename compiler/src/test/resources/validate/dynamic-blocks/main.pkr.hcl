locals {
  devices = ["/dev/sdb", "/dev/sdc"]
  names   = ["one", "two"]
}

source "amazon-ebs" "base" {
  ami_name      = "kiln-${source.name}"
  instance_type = "t3.micro"
  source_ami    = "ami-0123456789abcdef0"
  ssh_username  = "ubuntu"

  dynamic "launch_block_device_mappings" {
    for_each = local.devices
    iterator = disk
    content {
      device_name = disk.value
      volume_size = "ten"
    }
  }
}

build {
  dynamic "source" {
    for_each = local.names
    labels   = ["source.amazon-ebs.base"]
    content {
      name = source.value
    }
  }
}
