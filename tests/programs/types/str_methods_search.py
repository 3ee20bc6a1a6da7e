# str find/index/count/startswith/endswith/in.
s = "banana bandana"
print(s.find("an"), s.find("an", 3), s.find("xyz"), s.rfind("an"), s.find(""), s.find("a", -3))
print(s.index("ban"), s.rindex("ban"), s.count("an"), s.count("a", 7), s.count(""))
print(s.startswith("ban"), s.startswith(("x", "ba")), s.endswith("ana"), s.startswith("nan", 2), s.endswith("ban", 0, 3))
print("nan" in s, "" in s, "xyz" not in s)
try:
    s.index("xyz")
except ValueError as e:
    print(e)
try:
    s.startswith(["ba"])
except TypeError as e:
    print(e)
