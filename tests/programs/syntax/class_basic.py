# Class definition, instance/class attributes, methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx):
        self.x += dx
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims)
print(p.move(1).x)
print(Point.norm2(p))
print(Point.__name__, type(p).__name__, Point.__qualname__)
q = Point(0, 0)
Point.dims = 5
print(q.dims)
print(sorted(k for k in vars(p)))
