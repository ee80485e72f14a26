# Scenario 6: counts drop after the weakref objects are dropped and collected.
import gc, weakref
gc.disable()


class Foo:
    pass


def cb(w):
    pass


o = Foo()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o, cb)
r2 = weakref.ref(o, cb)
print(weakref.getweakrefcount(o))
p1 = weakref.proxy(o, cb)
p2 = weakref.proxy(o, cb)
print(weakref.getweakrefcount(o))
del r1, r2, p1, p2
gc.collect()
print(weakref.getweakrefcount(o))
r = weakref.ref(o)
p = weakref.proxy(o)
print(weakref.getweakrefcount(o))
del p
gc.collect()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is r)
del r
gc.collect()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(weakref.getweakrefcount(None), weakref.getweakrefs(None))
# a weakref that is kept while its referent dies: count of the dead referent is gone
o2 = Foo()
keep = weakref.ref(o2, cb)
print(weakref.getweakrefcount(o2))
del o2
gc.collect()
print(keep())
# many refs
o3 = Foo()
refs = [weakref.ref(o3, cb) for i in range(10)]
print(weakref.getweakrefcount(o3))
del refs[::2]
gc.collect()
print(weakref.getweakrefcount(o3))
refs.clear()
gc.collect()
print(weakref.getweakrefcount(o3))
