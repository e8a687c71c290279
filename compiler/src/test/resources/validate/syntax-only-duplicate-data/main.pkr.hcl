data "null" "a" {
  input = 1
}
data "null" "a" {
  input = 2
}
