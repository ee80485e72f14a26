# Scenario 17: hash of a weakref equals the referent's hash, is cached while
# alive and kept after death; hashing a dead never-hashed ref fails.
import gc, weakref
gc.disable()


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v


class Unh:
    __hash__ = None


class Plain:
    pass


o = H(42)
r = weakref.ref(o)
print(hash(r), hash(r) == hash(o))
o.v = 99
print("cached:", hash(r), hash(o))
del o
gc.collect()
print("after death:", hash(r))

o2 = H(7)
r2 = weakref.ref(o2)
del o2
gc.collect()
try:
    hash(r2)
except TypeError as e:
    print(type(e).__name__, e)

u = Unh()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print(type(e).__name__, e)

p = Plain()
rp = weakref.ref(p)
print(hash(rp) == hash(p))


class S(str):
    pass


s = S("abc")
print(hash(weakref.ref(s)) == hash("abc"))


# a ref subclass inherits the hash
class MyRef(weakref.ref):
    pass


o3 = H(5)
m = MyRef(o3)
print(hash(m))

# a ref hashed while alive can be used as a dict key after death
o4 = H(11)
r4 = weakref.ref(o4, lambda w: None)
d = {r4: "value"}
del o4
gc.collect()
print(d[r4], r4 in d)
# a different live ref with the same hash is not equal to the dead one
o5 = H(11)
r5 = weakref.ref(o5)
print(r5 in d, hash(r5) == hash(r4))


# __hash__ raising propagates
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


b = BadHash()
try:
    hash(weakref.ref(b))
except ValueError as e:
    print(type(e).__name__, e)
