# Loop variables keep their last value after the loop.
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)
for k, v in {"a": 1}.items():
    pass
print(k, v)
