# Port of test_weakref ReferencesTestCase: test_ref_reuse, test_proxy_reuse,
# test_shared_ref_without_callback, test_shared_proxy_without_callback.
import gc, weakref
gc.disable()


class C:
    pass


# test_ref_reuse
o = C()
ref1 = weakref.ref(o)
proxy = weakref.proxy(o)
ref2 = weakref.ref(o)
print(ref1 is ref2)
o = C()
proxy = weakref.proxy(o)
ref1 = weakref.ref(o)
ref2 = weakref.ref(o)
print(ref1 is ref2)
print(weakref.getweakrefcount(o))
del proxy
gc.collect()
print(weakref.getweakrefcount(o))

# test_proxy_reuse
o = C()
proxy1 = weakref.proxy(o)
ref = weakref.ref(o)
proxy2 = weakref.proxy(o)
print(proxy1 is proxy2)


def check_shared_without_callback(makeref):
    o = C()
    p1 = makeref(o, None)
    p2 = makeref(o, None)
    a = p1 is p2
    del p1, p2
    gc.collect()
    p1 = makeref(o)
    p2 = makeref(o, None)
    b = p1 is p2
    del p1, p2
    gc.collect()
    p1 = makeref(o)
    p2 = makeref(o)
    c = p1 is p2
    del p1, p2
    gc.collect()
    p1 = makeref(o, None)
    p2 = makeref(o)
    d = p1 is p2
    print(makeref.__name__, a, b, c, d)


check_shared_without_callback(weakref.ref)
check_shared_without_callback(weakref.proxy)
