source "amazon-ebs" "${var.name}" {
}
