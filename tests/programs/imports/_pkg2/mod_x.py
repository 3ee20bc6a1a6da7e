X = "x from mod_x"
