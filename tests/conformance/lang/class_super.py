# super(): zero-arg form, cooperative multiple inheritance, super in __init__ and classmethods
class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "base"
class A(Base):
    def __init__(self):
        super().__init__()
        self.log.append("A")
    def greet(self):
        return "A>" + super().greet()
class B(Base):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def greet(self):
        return "B>" + super().greet()
class C(A, B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def greet(self):
        return "C>" + super().greet()
c = C()
print(c.log, c.greet())
print(super(A, c).greet(), super(B, c).greet(), super(C, c).greet())
class M:
    @classmethod
    def make(cls):
        return "M.make for " + cls.__name__
class N(M):
    @classmethod
    def make(cls):
        return "N+" + super().make()
print(N.make(), N().make())
class Attr:
    value = "attr-base"
class Attr2(Attr):
    value = "attr-sub"
    def show(self):
        return super().value, self.value
print(Attr2().show())
class Lonely:
    def m(self):
        return super().m()
try:
    Lonely().m()
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
