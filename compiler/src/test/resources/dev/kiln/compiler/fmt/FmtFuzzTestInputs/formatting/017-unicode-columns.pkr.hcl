
𝒜 = 1 # foo
bungle = "🇬🇧" # baz
zebra = "striped" # baz
