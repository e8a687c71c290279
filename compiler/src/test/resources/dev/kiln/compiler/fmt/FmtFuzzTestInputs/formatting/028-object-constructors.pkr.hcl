tags = {
Name = "x"
"Quoted Key" = "y"
Owner: "z"
}
inline = { a = 1, b = 2 }
empty = {}
colon = {a: 1}
nested = { a = { b = [ 1 ] } }
