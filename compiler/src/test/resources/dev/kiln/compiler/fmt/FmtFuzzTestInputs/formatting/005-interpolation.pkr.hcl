a="hello ${ name }"
b="hello ${~ name ~}"
c = "${ {a=1} }"
d = "${a}${b}%{ if c }x%{ endif }"
