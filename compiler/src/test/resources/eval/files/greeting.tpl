Hello, ${name}!
