# Uncaught FileNotFoundError.
open("_this_file_does_not_exist.txt")
