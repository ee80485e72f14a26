# WeakKeyDictionary whose value refers to its own key. CPython holds values strongly, so the
# entry (and the key) live forever: python/cpython#88846. Wraith's WeakKeyDictionary is an
# ephemeron table, so the entry goes once nothing else holds the key: a deliberate
# difference (docs/SEMANTICS.md, row 8 and I6).
import gc, weakref
gc.disable()


class Key:
    pass


class Value:
    def __init__(self, key):
        self.key = key


d = weakref.WeakKeyDictionary()
k = Key()
d[k] = Value(k)
probe = weakref.ref(k)
del k
gc.collect()
print("entries:", len(d))
print("key alive:", probe() is not None)
