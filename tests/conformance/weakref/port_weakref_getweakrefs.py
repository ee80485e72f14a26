# Port of test_weakref ReferencesTestCase: test_getweakrefcount,
# test_getweakrefs.
import gc, weakref
gc.disable()


class C:
    pass


cbcalled = [0]


def callback(w):
    cbcalled[0] += 1


# test_getweakrefcount
o = C()
ref1 = weakref.ref(o)
ref2 = weakref.ref(o, callback)
print(weakref.getweakrefcount(o))
proxy1 = weakref.proxy(o)
proxy2 = weakref.proxy(o, callback)
print(weakref.getweakrefcount(o))
del ref1, ref2, proxy1, proxy2
gc.collect()
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(1))

# test_getweakrefs
del o
gc.collect()
o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
del ref1
gc.collect()
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is ref2)
del o
gc.collect()
print(cbcalled[0])
o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
del ref2
gc.collect()
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is ref1)
del refs, ref1
gc.collect()
print(weakref.getweakrefs(o))
print(weakref.getweakrefs(1))
print(cbcalled[0])
