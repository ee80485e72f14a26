# Port of test_weakref MappingTestCase: test_weak_valued_union_operators,
# test_weak_keyed_union_operators (with a collection after the del).
import gc, weakref
gc.disable()


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        return self.name < other.name


def items(m):
    return sorted(dict(m).items(), key=repr)


a = C("a")
b = C("b")
c = C("c")
wvd1 = weakref.WeakValueDictionary({1: a})
wvd2 = weakref.WeakValueDictionary({1: b, 2: a})
wvd3 = wvd1.copy()
d1 = {1: c, 3: b}
pairs = [(5, c), (6, b)]

tmp1 = wvd1 | wvd2
print(dict(tmp1) == dict(wvd1) | dict(wvd2), type(tmp1).__name__, items(tmp1))
wvd1 |= wvd2
print(wvd1 == tmp1)
tmp2 = wvd2 | d1
print(dict(tmp2) == dict(wvd2) | d1, type(tmp2).__name__, items(tmp2))
wvd2 |= d1
print(wvd2 == tmp2)
tmp3 = wvd3.copy()
tmp3 |= pairs
print(dict(tmp3) == dict(wvd3) | dict(pairs), type(tmp3).__name__, items(tmp3))
tmp4 = d1 | wvd3
print(dict(tmp4) == d1 | dict(wvd3), type(tmp4).__name__, items(tmp4))
del a
gc.collect()
print(2 in tmp1, 2 in tmp2, 1 in tmp3, 1 in tmp4)

o1 = C("o1")
o2 = C("o2")
o3 = C("o3")
wkd1 = weakref.WeakKeyDictionary({o1: 1, o2: 2})
wkd2 = weakref.WeakKeyDictionary({o3: 3, o1: 4})
wkd3 = wkd1.copy()
d1 = {o2: "5", o3: "6"}
pairs = [(o2, 7), (o3, 8)]
tmp1 = wkd1 | wkd2
print(dict(tmp1) == dict(wkd1) | dict(wkd2), type(tmp1).__name__, items(tmp1))
wkd1 |= wkd2
print(wkd1 == tmp1)
tmp2 = wkd2 | d1
print(dict(tmp2) == dict(wkd2) | d1, type(tmp2).__name__, items(tmp2))
wkd2 |= d1
print(wkd2 == tmp2)
tmp3 = wkd3.copy()
tmp3 |= pairs
print(dict(tmp3) == dict(wkd3) | dict(pairs), type(tmp3).__name__, items(tmp3))
tmp4 = d1 | wkd3
print(dict(tmp4) == d1 | dict(wkd3), type(tmp4).__name__, items(tmp4))
del o1
gc.collect()
print(4 in tmp1.values(), 4 in tmp2.values(), 1 in tmp3.values(), 1 in tmp4.values())
print(items(tmp1), items(tmp4))
