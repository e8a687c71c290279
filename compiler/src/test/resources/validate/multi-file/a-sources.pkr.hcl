source "null" "example" {
  communicator = ["none"]
}
