packer {
  required_version = "~> 1.10"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.2.0"
    }
    bare   = ">= 1"
    partial = {
      version = "1.0.0"
      extra   = true
    }
  }
}
