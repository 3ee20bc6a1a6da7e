# Scoping via exec of invalid nonlocal produces SyntaxError at compile time.
src = """
def f():
    nonlocal x
"""
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
src2 = """
def f():
    x = 1
    global x
"""
try:
    compile(src2, "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("return 1", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("break", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
