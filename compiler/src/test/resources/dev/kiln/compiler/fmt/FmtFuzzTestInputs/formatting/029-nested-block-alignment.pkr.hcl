source "amazon-ebs" "x" {
ami_name = "a"
instance_type = "t2.micro"
nested {
a = 1
bbb = 2
}
region = "us-east-1"
}
