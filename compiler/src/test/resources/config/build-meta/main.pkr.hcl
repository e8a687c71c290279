source "null" "a" {}

build {
  sources = ["null.a"]

  provisioner "shell" {
    name   = "first"
    only   = ["null.a"]
    except = ["null.b"]
    inline = ["echo hi"]
    override = {
      a = { inline = ["echo override"] }
    }
  }

  error-cleanup-provisioner "shell" {
    inline = ["echo cleanup"]
  }

  error-cleanup-provisioner "shell" {
    inline = ["echo again"]
  }

  post-processors {
    post-processor "manifest" {
      keep_input_artifact = true
    }
    post-processor "manifest" {
      name   = "second"
      output = "b.json"
    }
  }
}
