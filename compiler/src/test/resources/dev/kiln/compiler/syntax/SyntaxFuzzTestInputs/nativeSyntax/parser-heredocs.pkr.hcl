a = <<EOT
hello ${var.name}
  indented
EOT
b = <<-EOT
    four
      six
    ${var.x} four
  EOT
c = <<EOF
%{ for x in var.list ~}
item ${x}
%{ endfor ~}
EOF
d = <<-EOT

    blank line above
    EOT
e = [<<EOT
in a tuple
EOT
, "after"]
