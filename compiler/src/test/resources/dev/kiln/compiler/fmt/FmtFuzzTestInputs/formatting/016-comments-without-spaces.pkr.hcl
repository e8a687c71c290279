
a="apple"# foo
bungle=(# woo parens
"bonce"
)# baz
zebra="striped"# baz
