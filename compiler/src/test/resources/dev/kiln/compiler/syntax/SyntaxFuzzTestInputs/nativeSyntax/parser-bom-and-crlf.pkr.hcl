a = 1
block "x" {
  c = "v"
}
