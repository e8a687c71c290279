packer {
  required_version = ">= 1.7.0"
}

source "amazon-ebs" "base" {
  ami_name = "x"
  nested ident_label {
    deep {}
  }
  empty {
  }
}

locals { one = 1 }
no_trailing_newline = true