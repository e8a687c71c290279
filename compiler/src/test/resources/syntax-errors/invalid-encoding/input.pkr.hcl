locals {
  a = "ok"
  b = "ÿþ bad"
  c = "café and é"
}
