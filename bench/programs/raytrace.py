"""A small ray tracer built from classes: vectors with operator methods, spheres and a
plane, a point light with shadows and one bounce of reflection. Measures operator
dispatch (__add__, __mul__), object allocation and float math."""
import math
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return Vec(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal_vec, material):
        self.point = point
        self.norm = normal_vec.unit()
        self.material = material

    def hit(self, ray):
        denom = ray.direction.dot(self.norm)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.norm) / denom
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.norm


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.3)),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.2), 0.2)),
            Sphere(Vec(2.0, 0.5, 4.5), 0.5, Material(Vec(0.2, 0.2, 0.9), 0.5)),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Checker(Vec(0.9, 0.9, 0.9), 0.1)),
        ]
        self.light = Vec(-5.0, 8.0, -2.0)

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_t, best_obj

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = obj.normal(point)
        base = obj.material.color_at(point)
        to_light = self.light - point
        light_dir = to_light.unit()
        shadow_t, _ = self.nearest(Ray(point, light_dir))
        lambert = 0.0
        if shadow_t is None or shadow_t > to_light.length():
            lambert = max(0.0, normal.dot(light_dir))
        color = base * (0.15 + 0.85 * lambert)
        reflect = obj.material.reflect
        if depth > 0 and reflect > 0:
            d = ray.direction
            bounce = d - normal * (2 * d.dot(normal))
            color = color * (1 - reflect) + self.trace(Ray(point, bounce), depth - 1) * reflect
        return color


def to_byte(v):
    v = 0.0 if v < 0 else (1.0 if v > 1 else v)
    return int(v * 255 + 0.5)


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    rows = []
    for j in range(size):
        row_sum = 0
        for i in range(size):
            x = (i - size / 2) / size
            y = (size / 2 - j) / size
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 2)
            grey = to_byte(c.x) * 3 + to_byte(c.y) * 5 + to_byte(c.z) * 2
            row_sum += grey
            checksum = (checksum * 31 + grey) % 1000000007
        rows.append(row_sum)
    return checksum, rows


def main(n):
    checksum, rows = render(n)
    print(f"image {n}x{n} checksum {checksum}")
    print(f"brightest row {max(rows)} darkest row {min(rows)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
