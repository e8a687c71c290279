# hash
// slashes
a = 1 // slashes trailing
bb = 2 # hash trailing
b {
# indented comment
   // another
c = 1
}
