# Provisions a machine that already exists and has Ansible installed (as a shell step installs it
# on a fresh image): the null builder only connects over SSH, ansible-local uploads the playbook,
# its role and group_vars and runs ansible-playbook on the machine. Point it at a host with -var.
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

variable "python_interpreter" {
  type        = string
  default     = "/usr/bin/python3"
  description = "The machine's Python, which runs Ansible's modules."
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

  provisioner "ansible-local" {
    playbook_file           = "${path.root}/ansible/site.yml"
    role_paths              = ["${path.root}/ansible/roles/motd"]
    group_vars              = "${path.root}/ansible/group_vars"
    extra_arguments         = ["--extra-vars", "ansible_python_interpreter=${var.python_interpreter}"]
    clean_staging_directory = true
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/kiln-ansible-motd"
    destination = "ansible-motd.txt"
  }
}
