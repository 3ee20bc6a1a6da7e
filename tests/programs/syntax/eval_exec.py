# eval and exec with explicit namespaces.
print(eval("1 + 2 * 3"))
ns = {"x": 5}
print(eval("x * 2", ns))
exec("y = x + 1\ndef f(): return y * 10", ns)
print(ns["y"], ns["f"]())
loc = {}
exec("a = 1; b = a + 1", {}, loc)
print(sorted(loc.items()))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code))
