a=b.c
d=b[c]
e=b()[c]
f=["hello"][0]
