# re: lookarounds, non-greedy, backreferences, named groups.
import re
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"))
print(re.findall(r"\w+(?=!)", "hi! there yo!"), re.sub(r"(?<=a)b", "X", "abab cb"))
print(re.search(r"(\w)\1", "abccd").group(), re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05").group("m"))
print(re.split(r"(\d)", "a1b2c"), re.findall(r"[^aeiou\s]+", "hello world"))
print(bool(re.match(r"^[\w.]+@[\w]+\.\w+$", "a.b@c.de")), re.sub(r"^\s+|\s+$", "", "  trim  "))
