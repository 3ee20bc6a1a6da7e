# functools.partialmethod and cached_property.
from functools import partialmethod, cached_property
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False)
    @cached_property
    def expensive(self):
        print("computing once")
        return 42
c = Cell()
c.on(); print(c.state)
c.off(); print(c.state)
print(c.expensive, c.expensive)
