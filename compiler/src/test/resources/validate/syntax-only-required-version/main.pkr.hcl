packer {
  required_version = "bogus"
}
