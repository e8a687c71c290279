source "null" "x" = {
  a = 1
}
