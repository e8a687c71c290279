a = "quote \" and $${literal} and %%{literal} and \\n"
b = "   spaces   inside   "
