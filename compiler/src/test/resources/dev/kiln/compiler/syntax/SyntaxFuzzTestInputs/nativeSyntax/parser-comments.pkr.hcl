# hash comment
// slash comment
/* block
   comment */
a = 1 # trailing
b /* inline */ = /* more */ 2 // after
block { # open
  # inside
  c = [ # in tuple
    1, // one
    /* two */ 2,
  ]
}
