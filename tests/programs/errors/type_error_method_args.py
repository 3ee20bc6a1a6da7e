# TypeError calling a method with too many arguments.
class C:
    def m(self, x):
        return x
C().m(1, 2)
