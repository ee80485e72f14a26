# The containers' methods called through the class on objects that are not such containers:
# the error (or answer) of the first thing the Python method does with self.
import weakref
class A: pass
a = A()
calls = [
    ("WeakSet.add", lambda: weakref.WeakSet.add(5, a)),
    ("WeakSet.discard", lambda: weakref.WeakSet.discard(5, a)),
    ("WeakSet.remove", lambda: weakref.WeakSet.remove(5, a)),
    ("WeakSet.__len__", lambda: weakref.WeakSet.__len__(5)),
    ("WeakSet.__contains__", lambda: weakref.WeakSet.__contains__(5, a)),
    ("WeakSet.__iter__", lambda: list(weakref.WeakSet.__iter__(5))),
    ("WKD.__getitem__", lambda: weakref.WeakKeyDictionary.__getitem__(5, a)),
    ("WKD.__setitem__", lambda: weakref.WeakKeyDictionary.__setitem__(5, a, 1)),
    ("WKD.__delitem__", lambda: weakref.WeakKeyDictionary.__delitem__(5, a)),
    ("WKD.__len__", lambda: weakref.WeakKeyDictionary.__len__(5)),
    ("WKD.__contains__", lambda: weakref.WeakKeyDictionary.__contains__(5, a)),
    ("WKD.get", lambda: weakref.WeakKeyDictionary.get(5, a)),
    ("WVD.__getitem__", lambda: weakref.WeakValueDictionary.__getitem__(5, 1)),
    ("WVD.__setitem__", lambda: weakref.WeakValueDictionary.__setitem__(5, 1, a)),
    ("WVD.__delitem__", lambda: weakref.WeakValueDictionary.__delitem__(5, 1)),
    ("WVD.__len__", lambda: weakref.WeakValueDictionary.__len__(5)),
    ("WVD.__contains__", lambda: weakref.WeakValueDictionary.__contains__(5, 1)),
    ("WVD.get", lambda: weakref.WeakValueDictionary.get(5, 1)),
    ("WKD.__getitem__ obj", lambda: weakref.WeakKeyDictionary.__getitem__(A(), a)),
    ("WVD.get obj", lambda: weakref.WeakValueDictionary.get(A(), 1)),
    ("WeakSet.add obj", lambda: weakref.WeakSet.add(A(), a)),
]
for name, f in calls:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "!", type(e).__name__, e)
# Containment of an item that cannot be weakly referenced answers False before self is used.
print(weakref.WeakSet.__contains__(5, 1), weakref.WeakKeyDictionary.__contains__(5, []))
# __delitem__ sets self._dirty_len before it reads self.data.
b = A()
try:
    weakref.WeakKeyDictionary.__delitem__(b, a)
except AttributeError as e:
    print(e, b._dirty_len)
# Argument errors come first, as for any Python method.
try:
    weakref.WeakSet.add(5)
except TypeError as e:
    print(e)
