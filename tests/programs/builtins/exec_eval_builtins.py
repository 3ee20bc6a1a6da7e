# eval/exec see builtins; compile modes.
print(eval("len('abc') + abs(-2)"))
print(eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("import math\nr = math.floor(2.7)", ns)
print(ns["r"])
print(eval(compile("1 if True else 2", "<s>", "eval")))
exec(compile("print('exec mode')", "<s>", "exec"))
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError", e.msg)
