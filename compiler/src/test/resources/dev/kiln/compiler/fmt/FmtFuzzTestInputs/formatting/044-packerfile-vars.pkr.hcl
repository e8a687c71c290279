region="eu-west-1"
instance_type   =   "t3.small"
tags = {
  env="dev"
}
amis = ["ami-1","ami-2"]
