# staticmethod and classmethod: calling via class/instance, cls in subclasses, alternate ctors
class Pt:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Pt.count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_str(cls, s):
        a, b = s.split(",")
        return cls(int(a), int(b))
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    @staticmethod
    def helper():
        return "static, no args"
class Pt3(Pt):
    pass
o = Pt.origin()
p = Pt.from_str("3,4")
print(type(o).__name__, o.x, p.x, p.y, Pt.dist(o, p), p.dist(o, p), Pt.helper(), p.helper())
print(type(Pt3.origin()).__name__, type(Pt3(1, 1).from_str("1,2")).__name__, Pt.count)
print(type(Pt.__dict__["origin"]).__name__, type(Pt.__dict__["dist"]).__name__)
print(type(Pt.origin).__name__, Pt.origin.__self__ is Pt, type(Pt.dist).__name__)
sm = staticmethod(lambda: "wrapped")
cm = classmethod(lambda cls: cls.__name__)
class Manual:
    s = sm
    c = cm
print(Manual.s(), Manual().c(), Manual.c())
class Counter:
    instances = 0
    @classmethod
    def bump(cls):
        cls.instances += 1
        return cls.instances
class SubCounter(Counter):
    pass
print(Counter.bump(), SubCounter.bump(), SubCounter.bump(), Counter.instances, SubCounter.instances)
try:
    Pt.from_str()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pt.helper(1)
except TypeError as e:
    print(type(e).__name__, e)
