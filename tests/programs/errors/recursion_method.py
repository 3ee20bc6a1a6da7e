# Recursion through __getattr__ hitting the limit.
class C:
    def __getattr__(self, name):
        return self.missing
C().anything
