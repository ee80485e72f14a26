# gc module: enable/disable/isenabled state, collect() return type, collecting cycles
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
r = gc.collect()
print(type(r).__name__, r >= 0)
class Node:
    pass
gc.disable()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n >= 2)
print(gc.collect() >= 0)
gc.enable()
print(gc.isenabled(), type(gc).__name__, gc.__name__)
try:
    gc.enable(1)
except TypeError as e:
    print(type(e).__name__, e)
