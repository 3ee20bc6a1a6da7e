# assert with and without messages.
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("empty:", repr(e.args))
try:
    assert False, "custom message"
except AssertionError as e:
    print(e)
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(e.args[0])
def lazy():
    print("evaluated")
    return "msg"
assert True, lazy()
print("done")
