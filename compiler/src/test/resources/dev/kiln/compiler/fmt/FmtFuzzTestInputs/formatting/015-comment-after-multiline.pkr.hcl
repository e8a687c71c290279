
a = 1 # foo
bungle = (
    "bonce"
) # baz
zebra = "striped" # baz
