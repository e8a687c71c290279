block {
	a = 1
	b	=	2
	inner {	a = "x"	}
}

list = [
	1,
	2,
]
