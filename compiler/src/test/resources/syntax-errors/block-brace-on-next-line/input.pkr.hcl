build
{
  a = 1
}
