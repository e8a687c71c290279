
a = 1 # foo
bungle = "bonce" # baz
zebra = "striped" # baz

foo {} # here we go
a = 1 # foo
bungle = "bonce" # baz
