# is / is not / in / not in operator combinations.
a = [1, 2]
b = a
print(a is b, a is not b, 1 in a, 3 not in a, not 1 in a)
print([] is [], None is not None, (1 in a) is True)
class C:
    def __contains__(self, x):
        return x == "yes"
print("yes" in C(), "no" in C(), "no" not in C())
