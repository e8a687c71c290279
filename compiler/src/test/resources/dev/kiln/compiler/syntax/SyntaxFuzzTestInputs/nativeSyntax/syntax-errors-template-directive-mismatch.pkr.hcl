a = "%{ if true }x"
b = "%{ endif }"
c = "%{ for x in y }%{ endif }%{ endfor }"
