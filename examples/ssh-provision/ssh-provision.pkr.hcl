# Provisions a machine that already exists, over SSH: the null builder creates
# nothing, it only connects. Point it at a host with -var (see the README).
variable "ssh_host" {
  type        = string
  default     = "127.0.0.1"
  description = "The machine to provision."
}

variable "ssh_port" {
  type    = number
  default = 22
}

variable "ssh_username" {
  type    = string
  default = "root"
}

variable "ssh_private_key_file" {
  type        = string
  default     = "id_ed25519"
  description = "The private key that logs in as ssh_username."
}

variable "motd" {
  type      = string
  default   = "Provisioned by kiln"
  sensitive = true
}

source "null" "existing" {
  communicator         = "ssh"
  ssh_host             = var.ssh_host
  ssh_port             = var.ssh_port
  ssh_username         = var.ssh_username
  ssh_private_key_file = var.ssh_private_key_file
  ssh_timeout          = "1m"
}

build {
  sources = ["source.null.existing"]

  provisioner "shell" {
    environment_vars = ["MOTD=${var.motd}"]
    inline = [
      "echo \"provisioning ${build.Host} as ${build.User} for ${build.name}\"",
      "printf '%s\\n' \"$MOTD\" > /tmp/kiln-motd",
    ]
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/kiln-motd"
    destination = "motd.txt"
  }

  post-processor "manifest" {
    output     = "ssh-provision-manifest.json"
    strip_path = true
  }
}
