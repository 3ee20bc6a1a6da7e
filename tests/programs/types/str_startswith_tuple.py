# str methods accepting tuples and start/end arguments.
fn = "report.final.PDF"
print(fn.lower().endswith((".pdf", ".doc")), fn.startswith(("x", "rep"), 0, 3))
print(fn.find(".", 7), fn.rfind(".", 0, 10), fn.count(".", 0, 7))
print("abc".startswith(""), "abc".endswith("", 5), "abc"[3:].startswith(""))
