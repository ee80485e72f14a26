# Scenario 18: equality of weak references.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Obj):
            return self.v == other.v
        return NotImplemented

    def __hash__(self):
        return hash(self.v)


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


class Weird:
    def __eq__(self, other):
        return "yes"

    def __ne__(self, other):
        return "no"


class Foo:
    pass


ALWAYS_EQ = AlwaysEq()
a = Obj(1)
b = Obj(1)
c = Obj(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(ra == a, ra != a, a == ra)
print(ra == ALWAYS_EQ, ALWAYS_EQ == ra, ra != ALWAYS_EQ)
f = Foo()
print(weakref.ref(ALWAYS_EQ) == weakref.ref(f), weakref.ref(f) == weakref.ref(ALWAYS_EQ))
w1, w2 = Weird(), Weird()
print(repr(weakref.ref(w1) == weakref.ref(w2)), repr(weakref.ref(w1) != weakref.ref(w2)))
# callbacks are ignored for equality
rcb = weakref.ref(a, lambda w: None)
print(rcb == ra, rcb == rb)


# __eq__ is really called
calls = []


class Tracked:
    def __eq__(self, other):
        calls.append("eq")
        return self is other

    __hash__ = object.__hash__


t = Tracked()
rt1 = weakref.ref(t)
rt2 = weakref.ref(t, lambda w: None)
print(rt1 == rt2, calls)

# ordering always TypeError
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<":
            ra < rb
        elif op == "<=":
            ra <= rb
        elif op == ">":
            ra > rb
        else:
            ra >= rb
    except TypeError as e:
        print(type(e).__name__, e)

# dead references: identity only
x = Obj(5)
y = Obj(5)
rx1 = weakref.ref(x)
rx2 = weakref.ref(x, lambda w: None)
ry = weakref.ref(y)
print(rx1 == ry, rx2 == ry)
del x
gc.collect()
print(rx1 == rx1, rx1 == rx2, rx1 != rx2, rx1 == ry, ry == rx1)
try:
    rx1 < rx2
except TypeError as e:
    print(type(e).__name__, e)
print(rx1 == ALWAYS_EQ, rx1 == None, rx1 != None)
