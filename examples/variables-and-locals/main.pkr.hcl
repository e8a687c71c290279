# Expressions Packer users reach for: for expressions, conditionals, splats, templates.

variable "environments" {
  type = list(object({
    name  = string
    size  = number
    debug = optional(bool, false)
  }))
  default = [
    { name = "staging", size = 1 },
    { name = "production", size = 3, debug = false },
  ]
}

variable "owner" {
  type      = string
  default   = "platform-team"
  sensitive = true
}

locals {
  names      = var.environments[*].name
  sizes      = { for env in var.environments : env.name => env.size }
  largest    = max(values(local.sizes)...)
  debug_envs = [for env in var.environments : env.name if env.debug]
  summary    = <<-EOT
    %{~for name, size in local.sizes~}
    ${name}: ${size} instance${size == 1 ? "" : "s"}
    %{~endfor~}
  EOT
}

source "null" "check" {
  communicator = "none"
}

build {
  sources = ["source.null.check"]

  provisioner "shell-local" {
    inline = ["echo '${local.summary}'", "echo largest=${local.largest}"]
  }
}
