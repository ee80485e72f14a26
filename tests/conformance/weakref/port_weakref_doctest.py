# Port of test_weakref's libreftest doctest (examples of the library
# reference), with explicit collections.
import gc, weakref
gc.disable()


class Dict(dict):
    pass


obj = Dict(red=1, green=2, blue=3)  # this object is weak referencable
r = weakref.ref(obj)
print(r() is obj)


class Object:
    pass


o = Object()
r = weakref.ref(o)
o2 = r()
print(o is o2)
del o, o2
gc.collect()
print(r())


class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        """Return a pair containing the referent and the number of
        times the reference has been called.
        """
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob


class A:
    pass


a = A()
r = ExtendedRef(a, foo=1, bar="baz")
print(r.foo)
print(repr(r.bar))
print(r()[1])
print(r()[1])
print(r()[0] is a)

_id2obj_dict = weakref.WeakValueDictionary()


def remember(obj):
    oid = id(obj)
    _id2obj_dict[oid] = obj
    return oid


def id2obj(oid):
    return _id2obj_dict[oid]


a = A()
a_id = remember(a)
print(id2obj(a_id) is a)
del a
gc.collect()
try:
    id2obj(a_id)
except KeyError:
    print("OK")
else:
    print("WeakValueDictionary error")


# WeakMethod example from the documentation
class C:
    def method(self):
        print("method called!")


c = C()
r = weakref.WeakMethod(c.method)
print(type(r()).__name__)
r()()
del c
gc.collect()
print(r())

# finalize examples from the documentation
kenny = Object()
print(repr(weakref.finalize(kenny, print, "You killed Kenny!")))
del kenny
gc.collect()


def callback(x, y, z):
    print("CALLBACK")
    return x + y + z


obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
print(f() == 6)
print(f())
del obj
gc.collect()
obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
t = f.detach()
newobj, func, args, kwargs = t
print(type(newobj).__name__, func.__name__, args, kwargs)
print(func(*args, **kwargs))
print(f.alive)
