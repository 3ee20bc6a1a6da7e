# sys.stdout encoding respects PYTHONIOENCODING=utf-8 and prints non-ASCII.
import sys
print(sys.stdout.encoding.lower().replace("-", ""))
print("ünïcödé ✓ 日本")
