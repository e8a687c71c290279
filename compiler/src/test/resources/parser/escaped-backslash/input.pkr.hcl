locals {
  windows_dir  = "C:\\"
  temp_dir     = "C:\\Windows\\Temp\\"
  quoted       = "say \"hi\" \\"
  backslash    = "\\${name}"
  markers      = "$${a} %%{b} $$${c} %%%{d} $ % $x %x $$ %%"
  escapes      = "\n\r\t\u00e9\U0001F600"
  two          = "a\\\\"
  in_call      = format("%s\\", "C:")
  label_after  = "\\" == "\\"
}

block "C:\\" "x\\" {
}

heredoc = <<EOT
C:\\ stays two backslashes, $${a} is ${"$"}{a}
EOT
