short = 1
longer_name = <<EOT
text
EOT
other = 2
