packer {
  required_versio = ">= 1.7"
}
