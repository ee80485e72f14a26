# Scenario 8: callbacks for one referent run newest first.
import gc, weakref
gc.disable()


class Foo:
    pass


order = []


def make_cb(i):
    def cb(w):
        order.append(i)
    return cb


o = Foo()
o.self = o
refs = [weakref.ref(o, make_cb(i)) for i in range(4)]
del o
gc.collect()
print(order)

# mixture of refs and proxies with callbacks
order.clear()
o = Foo()
o.self = o
keep = []
keep.append(weakref.ref(o, make_cb("r0")))
keep.append(weakref.proxy(o, make_cb("p1")))
keep.append(weakref.ref(o, make_cb("r2")))
keep.append(weakref.proxy(o, make_cb("p3")))
basic = weakref.ref(o)
bproxy = weakref.proxy(o)
del o
gc.collect()
print(order)

# acyclic referent: same order
order.clear()
o = Foo()
refs = [weakref.ref(o, make_cb(i)) for i in range(5)]
del o
gc.collect()
print(order)
