class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.dist2(), Point.count, p == Point(3, 4), p != Point(1, 1), Point(0, 0).count)
print(type(p).__name__, Point.__name__, Point.__qualname__, isinstance(p, Point), isinstance(p, object))
m = p.dist2
print(m(), Point.dist2(p))
try:
    hash(p)
except TypeError as e:
    print(e)
