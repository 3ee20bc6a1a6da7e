# all/any with empty iterables and short-circuit.
print(all([]), any([]), all([1, 1]), all([1, 0]), any([0, 0]), any([0, 3]))
def gen():
    yield 1
    print("gen reached 2")
    yield 0
    print("never reached")
    yield 1
print(all(gen()))
print(any(x > 2 for x in [1, 2, 3, 4]), all(x > 0 for x in range(1, 5)))
print(all("abc"), any(""), all([[]]), any([[0]]))
