locals {
  x    = "C:\\"
  dest = "C:\\Windows\\Temp\\"
}
