a = "bad \q escape"
b = "bad \u12 unicode"
