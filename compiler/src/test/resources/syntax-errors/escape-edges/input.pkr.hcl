a = "short \u12 unicode"
b = "surrogate \uD800 here"
c = "too large \U00110000 here"
d = "dollar \${x} escaped"
e = "ends in a backslash \
f = "fine"
