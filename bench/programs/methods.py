"""Method-call-heavy object code: a small class hierarchy with overriding, super()
calls, properties, classmethods and staticmethods, and bound-method calls in hot
loops. Measures attribute lookup through the MRO and call overhead."""
import sys


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def weight(self):
        return self.area() * 2 + self.perimeter()

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else (hi if v > hi else v)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal_sq(self):
        return self.w * self.w + self.h * self.h

    @classmethod
    def square(cls, side):
        return cls(side, side)


class Square(Rect):
    def __init__(self, w, h=None):
        super().__init__(w, w)
        self.name = "square"

    def weight(self):
        return super().weight() + 1


class Tri(Shape):
    def __init__(self, a, b, c):
        Shape.__init__(self, "tri")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        # integer proxy for the area, to stay exact
        return (self.a * self.b) // 2


class Counter:
    def __init__(self):
        self.value = 0
        self.calls = 0

    def add(self, v):
        self.value += v
        self.calls += 1
        return self

    def get(self):
        return self.value


def main(n):
    shapes = []
    for i in range(60):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 2))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        elif k == 2:
            shapes.append(Rect.square(i % 6 + 2))
        else:
            shapes.append(Tri(i % 5 + 3, i % 4 + 4, i % 3 + 5))
    counter = Counter()
    add = counter.add
    diag = 0
    for rnd in range(n):
        for s in shapes:
            add(Shape.clamp(s.weight(), 0, 500))
            if s.name == "rect":
                diag += s.diagonal_sq
        counter.add(rnd & 3).add(1)
    print(f"shapes {len(shapes)} constructed {Shape.count}")
    print(f"total {counter.get()} calls {counter.calls} diagonals {diag}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25000)
