settings = {
  size = 8
  disk = { size = 20 }
}
