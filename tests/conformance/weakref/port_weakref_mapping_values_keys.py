# Port of test_weakref MappingTestCase: test_weak_values, test_weak_keys,
# test_weak_keyed_iters, test_weak_valued_iters.
import gc, weakref
gc.disable()

COUNT = 10


class C:
    pass


class Object:
    def __init__(self, arg):
        self.arg = arg

    def __repr__(self):
        return "<Object " + repr(self.arg) + ">"

    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Object):
            return self.arg < other.arg
        return NotImplemented

    def __hash__(self):
        return hash(self.arg)


def make_weak_keyed_dict():
    d = weakref.WeakKeyDictionary()
    objects = [Object(i) for i in range(COUNT)]
    for o in objects:
        d[o] = o.arg
    return d, objects


def make_weak_valued_dict():
    d = weakref.WeakValueDictionary()
    objects = [Object(i) for i in range(COUNT)]
    for o in objects:
        d[o.arg] = o
    return d, objects


def check_iters(d):
    items = list(d.items())
    for item in d.items():
        items.remove(item)
    keys = list(d.keys())
    for k in d:
        keys.remove(k)
    keys2 = list(d.keys())
    for k in d.keys():
        keys2.remove(k)
    values = list(d.values())
    for v in d.values():
        values.remove(v)
    print("iters touched everything:", items == [] and keys == [] and keys2 == [] and values == [])


# test_weak_values
d, objects = make_weak_valued_dict()
print([weakref.getweakrefcount(o) for o in objects])
print(all(o is d[o.arg] for o in objects))
items1 = sorted(d.items())
items2 = sorted(d.copy().items())
print(items1 == items2, len(d))
del items1, items2
del objects[0]
gc.collect()
print(len(d))
del objects
gc.collect()
print(len(d))
d = weakref.WeakValueDictionary()
try:
    d[1]
except KeyError as e:
    print(type(e).__name__, e)
d[2] = C()
gc.collect()
try:
    d[2]
except KeyError as e:
    print(type(e).__name__, e)

# test_weak_keys
d, objects = make_weak_keyed_dict()
print([weakref.getweakrefcount(o) for o in objects])
print(all(o.arg == d[o] for o in objects))
items1 = d.items()
items2 = d.copy().items()
print(set(items1) == set(items2))
del items1, items2
gc.collect()
print(len(d))
del objects[0]
gc.collect()
print(len(d))
del objects
gc.collect()
print(len(d))
o = Object(42)
d[o] = "What is the meaning of the universe?"
print(o in d, 34 in d)

# test_weak_keyed_iters
d, objects = make_weak_keyed_dict()
check_iters(d)
refs = d.keyrefs()
print(len(refs) == len(objects))
objects2 = list(objects)
for wr in refs:
    ob = wr()
    assert ob in d
    assert ob.arg == d[ob]
    objects2.remove(ob)
print(len(objects2))

# test_weak_valued_iters
d, objects = make_weak_valued_dict()
check_iters(d)
refs = d.valuerefs()
print(len(refs) == len(objects))
objects2 = list(objects)
for wr in refs:
    ob = wr()
    assert ob is d[ob.arg]
    assert wr.key == ob.arg
    objects2.remove(ob)
print(len(objects2))
objects2 = list(objects)
print(len(list(d.itervaluerefs())) == len(objects))
for wr in d.itervaluerefs():
    ob = wr()
    assert ob is d[ob.arg]
    objects2.remove(ob)
print(len(objects2))
