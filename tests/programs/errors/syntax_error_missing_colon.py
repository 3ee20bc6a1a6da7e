# Missing colon after if.
if True
    print("x")
