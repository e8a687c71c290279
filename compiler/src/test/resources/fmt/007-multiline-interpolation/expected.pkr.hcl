
"${
  hello
}"
