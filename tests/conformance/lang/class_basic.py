# classes: instance/class attributes, methods, bound methods, isinstance, default repr shape
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, p.move(1).x, p.move(0, dy=2).y)
m = p.norm2
print(m(), m.__self__ is p, m.__name__, type(m).__name__, Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims, "dims" in vars(p), sorted(vars(p)))
Point.dims = 5
print(Point(0, 0).dims, p.dims)
print(isinstance(p, Point), isinstance(p, object), type(p) is Point, type(p).__name__)
print(repr(p).startswith("<__main__.Point object at 0x"), str(p) == repr(p))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__name__, type(Empty).__name__, type(type).__name__)
print(Point.norm2.__qualname__, type(Point.norm2).__name__)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Point.norm2()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
