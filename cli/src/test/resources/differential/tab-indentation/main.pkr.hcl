locals {
	x = "a"
}
