a = 1;
b = 'single'
c = x & y
d = 2 ** 3
e = `cmd`
