from_auto_hcl  = "auto hcl"
from_auto_json = "auto hcl"
from_file1     = "auto hcl"
