# multiple inheritance: C3 linearisation, diamond, method resolution, inconsistent MRO error
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"
class Diamond(Left, Right):
    pass
d = Diamond()
print(d.who(), d.only_right(), [k.__name__ for k in Diamond.mro()])
class Diamond2(Right, Left):
    pass
print(Diamond2().who())
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(Base, Base):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X: attr = "X"
class Y: attr = "Y"
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr, isinstance(XY(), Y))
