source "amazon-ebs" "a" {
  dynamic "launch_block_device_mappings" {
    for_each = ["/dev/sda1", "/dev/sdb"]
    content {
      device_name = launch_block_device_mappings.value
    }
  }
  dynamic "tag" {
    for_each = []
    content {}
  }
}

build {
  dynamic "source" {
    for_each = ["a", "b"]
    labels   = ["source.amazon-ebs.a"]
    content {
      name = source.value
    }
  }
}
