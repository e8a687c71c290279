a = [1, 2, 3]
b = [
  "x",
  "y",
]
c = []
d = { a = 1, "b" : 2 }
e = {
  key1 = "v1"
  "key-2" = "v2"
  (var.dynamic) = "v3"
  key4 : "v4",
}
f = {}
g = [{ a = 1 }, { b = [2] }]
