a = trimspace(<<EOT
  hello ${ name }
EOT
)
b = 1
