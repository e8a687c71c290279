variable "names" {
  type = list(string)
}
variable "enabled" {
  type = bool
}
variable "count" {
  type = number
}
variable "quoted" {
  type = string
}
variable "settings" {
  type = object({
    size = number
    tags = optional(map(string), { owner = "kiln" })
    disk = optional(object({ type = optional(string, "gp3"), size = number }))
  })
}
variable "untyped_list" {
  default = ["a"]
}
variable "empty_default" {
  default = {}
}
variable "anything" {
  type = any
}
