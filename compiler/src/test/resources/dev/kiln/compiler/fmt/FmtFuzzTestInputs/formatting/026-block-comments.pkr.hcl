a = 1 /* trailing */
/* leading */ b = 2
/*
   multi-line
     comment
*/
c {
/* inside */
d = 3
}
e = 4 /* spans
lines */
f = 5
