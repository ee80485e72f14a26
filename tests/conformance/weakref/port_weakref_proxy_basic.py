# Port of test_weakref ReferencesTestCase: test_proxy_ref, test_basic_proxy,
# test_proxy_deletion, test_proxy_bool.
import gc, weakref
gc.disable()


class C:
    def method(self):
        return "method"


class Counter:
    def __init__(self):
        self.cbcalled = 0

    def callback(self, ref):
        self.cbcalled += 1


# test_proxy_ref
t = Counter()
o = C()
o.bar = 1
ref1 = weakref.proxy(o, t.callback)
ref2 = weakref.proxy(o, t.callback)
del o
gc.collect()
for ref in (ref1, ref2):
    try:
        ref.bar
    except ReferenceError as e:
        print(type(e).__name__, e)
print(t.cbcalled)
dead = C()
dead.self = dead
pd = weakref.proxy(dead)
del dead
gc.collect()
try:
    bool(pd)
except ReferenceError as e:
    print(type(e).__name__, e)

# test_basic_proxy
o = C()
o.foo = 1
o.bar = 1
o.baz = 1
p = weakref.proxy(o)
print(p.foo, p.method())
p.foo = 2
print(o.foo)
o.foo = 3
print(p.foo)
del o.foo
print(hasattr(p, "foo"))
p.x = 2
print(o.x)
del p.bar
print(hasattr(o, "bar"))


class UserList(list):
    pass


L = UserList()
p = weakref.proxy(L)
print(bool(p), bool(L))
p.append(12)
print(len(L), bool(p))
p = weakref.proxy(L)
p.append(12)
print(L[-1], len(L))
p[:] = [2, 3]
print(list(L), len(L), len(p), 3 in p, p[1], p[:], list(p))
p[1] = 5
print(L[1], p[1])
L2 = UserList([2, 5])
p2 = weakref.proxy(L2)
print(p == p2, p == L2, p != p2)
print(p[1:], L2[1:])


# test_proxy_deletion (SF bug #762891)
class Foo:
    result = None

    def __delitem__(self, accessor):
        self.result = accessor


g = Foo()
f = weakref.proxy(g)
del f[0]
print(f.result, g.result)


# test_proxy_bool (SF bug #1170766)
class ListSub(list):
    pass


test_list = ListSub()
print(bool(weakref.proxy(test_list)), bool(test_list))
test_list.append(1)
print(bool(weakref.proxy(test_list)), bool(test_list))
