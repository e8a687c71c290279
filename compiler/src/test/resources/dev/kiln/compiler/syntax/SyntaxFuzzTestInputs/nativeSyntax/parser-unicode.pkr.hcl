name = "héllo wörld 👍"
emoji_key = { "🔥" = "fire" }
after = "日本語 ${var.x}"
b = 1
