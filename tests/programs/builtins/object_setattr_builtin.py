# object.__setattr__ / __getattribute__ direct use.
class C: pass
c = C()
object.__setattr__(c, "v", 10)
print(object.__getattribute__(c, "v"), c.__dict__)
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
