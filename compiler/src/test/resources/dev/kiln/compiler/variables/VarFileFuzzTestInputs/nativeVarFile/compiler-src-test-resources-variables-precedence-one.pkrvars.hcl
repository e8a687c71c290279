from_file1 = "file 1"
from_file2 = "file 1"
from_cmd   = "file 1"
