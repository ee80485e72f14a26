# Port of test_weakref MappingTestCase: construction, popitem, setdefault,
# update, delitem, bad delitem, repr, cascading deletes.
import gc, weakref
gc.disable()


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

    def __hash__(self):
        return hash(self.arg)


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return type(e).__name__
    return "no error"


# test_make_weak_keyed_dict_from_dict / _from_weak_keyed_dict
o = Object(3)
d = weakref.WeakKeyDictionary({o: 364})
print(d[o])
d2 = weakref.WeakKeyDictionary(d)
print(d2[o], d[o])
# test_make_weak_valued_dict_from_dict / _from_weak_valued_dict
d = weakref.WeakValueDictionary({364: o})
print(d[364] is o)
d2 = weakref.WeakValueDictionary(d)
print(d2[364] is o)
# test_make_weak_valued_dict_misc
print(raises(TypeError, weakref.WeakValueDictionary.__init__))
print(raises(TypeError, weakref.WeakValueDictionary, {}, {}))
print(raises(TypeError, weakref.WeakValueDictionary, (), ()))
for kw in "self", "dict", "other", "iterable":
    d = weakref.WeakValueDictionary(**{kw: o})
    print(list(d.keys()), d[kw] is o)


# test_weak_valued_dict_popitem / test_weak_keyed_dict_popitem
def check_popitem(klass, key1, value1, key2, value2):
    weakdict = klass()
    weakdict[key1] = value1
    weakdict[key2] = value2
    out = [len(weakdict)]
    k, v = weakdict.popitem()
    out.append(len(weakdict))
    out.append(v is value1 if k is key1 else v is value2)
    k, v = weakdict.popitem()
    out.append(len(weakdict))
    out.append(v is value1 if k is key1 else v is value2)
    print(klass.__name__, out)


c1, c2 = C(), C()
check_popitem(weakref.WeakValueDictionary, "key1", c1, "key2", c2)
check_popitem(weakref.WeakKeyDictionary, c1, "value 1", c2, "value 2")


# setdefault
def check_setdefault(klass, key, value1, value2):
    weakdict = klass()
    o = weakdict.setdefault(key, value1)
    r1 = (o is value1, key in weakdict, weakdict.get(key) is value1, weakdict[key] is value1)
    o = weakdict.setdefault(key, value2)
    r2 = (o is value1, key in weakdict, weakdict.get(key) is value1, weakdict[key] is value1)
    print(klass.__name__, r1, r2)


v1, v2 = C(), C()
check_setdefault(weakref.WeakValueDictionary, "key", v1, v2)
check_setdefault(weakref.WeakKeyDictionary, c1, "value 1", "value 2")


# update
def check_update(klass, d):
    weakdict = klass()
    weakdict.update(d)
    ok = len(weakdict) == len(d)
    for k in weakdict.keys():
        ok = ok and k in d and d.get(k) is weakdict[k] and d.get(k) is weakdict.get(k)
    for k in d.keys():
        ok = ok and k in weakdict and d[k] is weakdict[k] and d[k] is weakdict.get(k)
    print(klass.__name__, "update ok:", ok)


k3 = C()
keep = {1: C(), "a": C(), k3: C()}
check_update(weakref.WeakValueDictionary, keep)
print(raises(TypeError, weakref.WeakValueDictionary.update))
d = weakref.WeakValueDictionary()
print(raises(TypeError, d.update, {}, {}), raises(TypeError, d.update, (), ()), list(d.keys()))
for kw in "self", "dict", "other", "iterable":
    d = weakref.WeakValueDictionary()
    d.update(**{kw: o})
    print(list(d.keys()), d[kw] is o)
keep2 = {C(): 1, C(): 2, C(): 3}
check_update(weakref.WeakKeyDictionary, keep2)

# delitem
d = weakref.WeakKeyDictionary()
o1 = Object("1")
o2 = Object("2")
d[o1] = "something"
d[o2] = "something"
print(len(d))
del d[o1]
print(len(d), list(d.keys()))
d = weakref.WeakValueDictionary()
d["something"] = o1
d["something else"] = o2
print(len(d))
del d["something"]
print(len(d), list(d.items()))

# test_weak_keyed_bad_delitem
d = weakref.WeakKeyDictionary()
o = Object("1")
print(raises(KeyError, d.__delitem__, o), raises(KeyError, d.__getitem__, o))
print(raises(TypeError, d.__delitem__, 13), raises(TypeError, d.__getitem__, 13),
      raises(TypeError, d.__setitem__, 13, 13))

# repr
print(repr(weakref.WeakValueDictionary()).startswith("<WeakValueDictionary at 0x"))
print(repr(weakref.WeakKeyDictionary()).startswith("<WeakKeyDictionary at 0x"))

# test_weak_keyed_cascading_deletes (SF bug 742860)
d = weakref.WeakKeyDictionary()
mutate = False


class K:
    def __init__(self, i):
        self.value = i

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        if mutate:
            # drop the last strong reference to a key
            del objs[-1]
        return self.value == other.value


objs = [K(i) for i in range(4)]
for o in objs:
    d[o] = o.value
del o
objs = list(d.keys())
objs.reverse()
mutate = True
count = 0
for o in objs:
    count += 1
    del d[o]
del o
gc.collect()
print(len(d), count)
