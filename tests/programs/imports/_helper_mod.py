# Helper module imported by tests (not a test).
print("loading _helper_mod as", __name__)
VALUE = 42
def greet(name):
    return "hello " + name
class Thing:
    pass
_private = "hidden"
__all__ = ["VALUE", "greet"]
