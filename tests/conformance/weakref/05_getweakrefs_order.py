# Scenario 5: getweakrefs() order is [basic ref, basic proxy, newest ... oldest].
import gc, weakref
gc.disable()


class Foo:
    pass


class MyRef(weakref.ref):
    pass


def cb(w):
    pass


def names(o, table):
    out = []
    for w in weakref.getweakrefs(o):
        found = "?"
        for k, v in table.items():
            if v is w:
                found = k
        out.append(found)
    return out


o = Foo()
t = {}
t["r1"] = weakref.ref(o)
t["p1"] = weakref.proxy(o)
t["rc1"] = weakref.ref(o, cb)
t["rc2"] = weakref.ref(o, cb)
t["m1"] = MyRef(o)
t["m2"] = MyRef(o)
print(names(o, t), weakref.getweakrefcount(o))

o2 = Foo()
t2 = {}
t2["c1"] = weakref.ref(o2, cb)
t2["c2"] = weakref.ref(o2, cb)
t2["pp"] = weakref.proxy(o2)
t2["rr"] = weakref.ref(o2)
t2["c3"] = weakref.ref(o2, cb)
t2["pc"] = weakref.proxy(o2, cb)
print(names(o2, t2), weakref.getweakrefcount(o2))

o3 = Foo()
t3 = {}
t3["m1"] = MyRef(o3)
print(names(o3, t3))
t3["m2"] = MyRef(o3)
print(names(o3, t3))
t3["r"] = weakref.ref(o3)
print(names(o3, t3))
t3["m3"] = MyRef(o3)
print(names(o3, t3))

# removing some and collecting keeps the relative order
del t["rc1"], t["p1"]
gc.collect()
print(names(o, t), weakref.getweakrefcount(o))
t["p2"] = weakref.proxy(o)
t["rc3"] = weakref.ref(o, cb)
print(names(o, t), weakref.getweakrefcount(o))
