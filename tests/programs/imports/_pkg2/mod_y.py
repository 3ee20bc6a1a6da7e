Y = "y"
