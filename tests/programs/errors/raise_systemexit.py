# raise SystemExit(2) exits with status 2.
print("about to exit")
raise SystemExit(2)
