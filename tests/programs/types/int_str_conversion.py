# str/repr of ints and conversion limit (4300 digits).
print(str(-0), repr(12345), str(10 ** 50))
print(hex(-255), oct(-8), bin(-5))
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", str(e)[:60])
