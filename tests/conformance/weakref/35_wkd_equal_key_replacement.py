# Scenario 35: keys are compared by equality; assigning an equal key keeps
# the first key object (documented gh-91081 note).
import gc, weakref
gc.disable()


class T(str):
    pass


k1, k2 = T(), T()
d = weakref.WeakKeyDictionary()
d[k1] = 1
d[k2] = 2
print(len(d), d[k1], d[k2])
print(list(d.keys())[0] is k1)
del k1
gc.collect()
print(len(d), list(d.items()), k2 in d)

# workaround: delete the old key first
k1, k2 = T(), T()
d = weakref.WeakKeyDictionary()
d[k1] = 1
del d[k1]
d[k2] = 2
del k1
gc.collect()
print(len(d), d[k2], list(d.keys())[0] is k2)


# custom equality
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "P(" + str(self.v) + ")"


p1, p2, p3 = P(1), P(1), P(2)
d = weakref.WeakKeyDictionary()
d[p1] = "first"
d[p2] = "second"
d[p3] = "third"
print(len(d), d[p1], d[P(1)], list(d.keys())[0] is p1)
print(P(2) in d, P(3) in d)
del p2
gc.collect()
print(len(d), d[p1])
del p1
gc.collect()
print(len(d), list(d.items()))
