# Port of test_weakref ModuleTestCase.test_names, plus the module's public names.
import gc, weakref
gc.disable()

for name in ("ReferenceType", "ProxyType", "CallableProxyType",
             "WeakMethod", "WeakSet", "WeakKeyDictionary", "WeakValueDictionary"):
    obj = getattr(weakref, name)
    print(name, obj.__module__, obj.__name__ == name, obj.__qualname__ == name)
print(weakref.finalize.__module__, weakref.KeyedRef.__module__)
print(sorted(weakref.__all__))
for name in weakref.__all__:
    if not hasattr(weakref, name):
        print("missing", name)
print(weakref.ref is weakref.ReferenceType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(issubclass(weakref.WeakMethod, weakref.ref), issubclass(weakref.KeyedRef, weakref.ref))
print(ReferenceError.__name__, issubclass(ReferenceError, Exception))
print(weakref.__name__)
