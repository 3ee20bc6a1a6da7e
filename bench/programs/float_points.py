"""Float-object churn: build many Point objects from sin/cos, normalise each in place,
then fold them to the component-wise maximum. Measures float allocation and freeing,
attribute stores and method calls."""
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def fold_max(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def main(n):
    rounds = 10
    acc = 0.0
    for r in range(rounds):
        points = [Point(i + r) for i in range(n)]
        for p in points:
            p.normalize()
        best = fold_max(points)
        acc += best.x + best.y + best.z
    print(f"points {n} rounds {rounds}")
    print(f"max sum {acc:.6f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
