
"${
hello
}"
