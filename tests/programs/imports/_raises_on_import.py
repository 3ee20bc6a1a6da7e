print("about to fail")
raise ValueError("module init failed")
