packer {
  required_plugins {
    amazon = ">= 1"
    other = {
      version = ">= 1"
    }
  }
}
