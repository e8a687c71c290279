build {
provisioner "shell" {
inline = [<<EOF
  echo ${ var.x }
    indented   text  stays
EOF
, "echo done"]
}
}
x = <<EOT
  %{ if a }
 ${ b }
%{ endif }
EOT
y = <<-EOT
    hello
    EOT
z=1
