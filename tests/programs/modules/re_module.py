# re: match, search, findall, sub, groups, split.
import re
m = re.match(r"(\w+)@(\w+)\.com", "bob@example.com extra")
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2))
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print(re.sub(r"\s+", " ", "a   b \n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.subn("a", "b", "aaa"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.fullmatch(r"\d{3}", "123") is not None, re.match("x", "ax"))
p = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([m.groupdict() for m in p.finditer("a=1 b=2")])
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.escape("a.b*c"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc", re.S), re.match(r"ABC", "abc", re.I).group())
