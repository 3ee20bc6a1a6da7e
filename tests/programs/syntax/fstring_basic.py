# f-string interpolation, expressions, nested quotes and braces.
name = "world"
n = 42
print(f"hello {name}!")
print(f"{n + 1} {n * 2} {name.upper()} {len(name)}")
print(f"{{literal}} {n}")
print(f"{'quoted'} {name!r}")
d = {'key': 'v'}
print(f"{d['key']}")
print(f"{'a' if n > 3 else 'b'}")
print(f"{[x for x in range(3)]}")
print(f"""multi
{name}""")
print(f"{n}" f"{name}" "plain")
print(rf"\n{n}")
