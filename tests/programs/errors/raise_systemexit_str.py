# raise SystemExit("text") prints the text and exits 1.
raise SystemExit("bye")
