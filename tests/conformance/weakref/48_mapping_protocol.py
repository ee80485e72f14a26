# Scenario 48: port of mapping_tests.BasicTestMappingProtocol for
# WeakValueDictionary and WeakKeyDictionary.
import gc, weakref
gc.disable()


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


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)


def check(type2test, full_ref):
    print("=====", type2test.__name__)
    reference = dict(full_ref)
    # a pair not in the mapping, a pair in the mapping
    okey, ovalue = reference.popitem()
    other = {okey: ovalue}
    ikey, ivalue = reference.popitem()
    inmapping = {ikey: ivalue}
    reference[ikey] = ivalue

    def empty():
        return type2test()

    def full(data):
        x = empty()
        for key, value in data.items():
            x[key] = value
        return x

    # test_read
    p = empty()
    d = full(reference)
    print([d[k] == v for k, v in reference.items()])
    knownkey = list(other.keys())[0]
    show("d[knownkey]", lambda: d[knownkey] and None)
    print(len(p), len(d), all(k in d for k in reference), any(k in d for k in other))
    print(p == p, d == d, p != d, d != p, bool(p), bool(d))
    for name in ["keys", "values", "items"]:
        it = getattr(d, name)()
        print(name, hasattr(it, "__next__"), hasattr(it, "__iter__"),
              sorted(getattr(d, name)()) == sorted(getattr(reference, name)()))
    key, value = next(iter(d.items()))
    kk, kv = next(iter(other.items()))
    print(d.get(key, kv) == value, d.get(kk, kv) == kv, kk in d)

    # test_write
    p = empty()
    for key, value in reference.items():
        p[key] = value
        print("set", p[key] == value)
    for key in reference.keys():
        del p[key]
        show("deleted", lambda: p[key])
    p = empty()
    p.update(reference)
    print(dict(p) == reference)
    items = list(p.items())
    p = empty()
    p.update(items)
    print(dict(p) == reference)
    d = full(reference)
    ikey = list(inmapping.keys())[0]
    print(d.setdefault(ikey, list(other.values())[0]) == inmapping[ikey])
    print(d.setdefault(knownkey, ovalue) == ovalue, d[knownkey] == ovalue)
    print(d.pop(knownkey) == ovalue, knownkey in d)
    show("pop missing", lambda: d.pop(knownkey) and None)
    print(d.pop(knownkey, "dflt"))
    n = len(d)
    k, v = d.popitem()
    print(k in reference, reference[k] == v, len(d) == n - 1)
    while d:
        d.popitem()
    show("popitem empty", lambda: d.popitem())

    # test_constructor, test_bool, test_len, test_keys/values/items
    print(empty() == empty(), not empty(), bool(full(reference)), len(empty()))
    print(list(empty().keys()), list(empty().values()), list(empty().items()))
    show("keys(None)", lambda: empty().keys(None))

    # test_getitem
    d = full(reference)
    print([d[k] == v for k, v in reference.items()])
    del d[ikey]
    show("deleted getitem", lambda: d[ikey] and None)
    show("getitem()", lambda: d.__getitem__())

    # test_update
    d = empty()
    d.update(full(reference))
    print(len(d) == len(reference))
    d.update()
    print(len(d) == len(reference))
    d = empty()
    d.update(reference.items())
    print(len(d) == len(reference))
    d = empty()
    d.update(iter(reference.items()))
    print(len(d) == len(reference))
    show("update(42)", lambda: empty().update(42))

    class SimpleUserDict:
        def __init__(self):
            self.d = reference

        def keys(self):
            return self.d.keys()

        def __getitem__(self, i):
            return self.d[i]

    d = empty()
    d.update(SimpleUserDict())
    print(sorted(d.items()) == sorted(reference.items()))

    class Exc(Exception):
        pass

    class FailingUserDict:
        def keys(self):
            raise Exc("keys")

    show("failing keys", lambda: empty().update(FailingUserDict()))

    class FailingIter:
        def keys(self):
            class BogonIter:
                def __init__(self):
                    self.i = 1

                def __iter__(self):
                    return self

                def __next__(self):
                    if self.i:
                        self.i = 0
                        return "a"
                    raise Exc("iter")
            return BogonIter()

        def __getitem__(self, key):
            return key

    show("failing keys iter", lambda: empty().update(FailingIter()))

    class FailingGetitem:
        def keys(self):
            return ["a"]

        def __getitem__(self, key):
            raise Exc("getitem " + key)

    show("failing getitem", lambda: empty().update(FailingGetitem()))

    class BadSeq:
        def __iter__(self):
            return self

        def __next__(self):
            raise Exc("badseq")

    show("bad seq", lambda: empty().update(BadSeq()))
    show("update([(1, 2, 3)])", lambda: empty().update([(1, 2, 3)]))

    # test_get
    d = empty()
    print(d.get(knownkey), d.get(knownkey, 3))
    d = full(reference)
    print(d.get(knownkey), d.get(knownkey, 3), d.get(ikey) == inmapping[ikey])
    show("get()", lambda: d.get())
    show("get(None, None, None)", lambda: d.get(None, None, None))

    # test_setdefault, test_popitem, test_pop
    show("setdefault()", lambda: empty().setdefault())
    show("popitem(42)", lambda: empty().popitem(42))
    d = empty()
    k, v = list(inmapping.items())[0]
    d[k] = v
    show("pop(knownkey)", lambda: d.pop(knownkey))
    print(d.pop(k) == v, len(d))
    show("pop again", lambda: d.pop(k) and None)


WVD_REF = {"key1": Object(1), "key2": Object(2), "key3": Object(3)}
WKD_REF = {Object("key1"): 1, Object("key2"): 2, Object("key3"): 3}
check(weakref.WeakValueDictionary, WVD_REF)
check(weakref.WeakKeyDictionary, WKD_REF)
gc.collect()
print("done")
