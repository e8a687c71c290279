variable "only_default" {
  type        = string
  default     = "default"
  description = "Nobody sets this one."
}
variable "from_env" {
  default = "default"
}
variable "from_auto_hcl" {
  default = "default"
}
variable "from_auto_json" {
  default = "default"
}
variable "from_file1" {
  default = "default"
}
variable "from_file2" {
  default = "default"
}
variable "from_cmd" {
  default = "default"
}
variable "env_default" {
  default = env("KILN_TEST_HOME")
}
variables {
  legacy = "old"
}
