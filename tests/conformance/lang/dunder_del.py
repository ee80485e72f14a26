# __del__ on the GC path: objects in reference cycles finalised by gc.collect(), once only
import gc
gc.disable()
log = []
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append("del " + self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect", log)
n = gc.collect()
print("after collect", sorted(log), n >= 2)
log.clear()
c = Node("self-cycle")
c.other = c
del c
gc.collect()
print(log)
log.clear()
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append("phoenix del")
        saved.append(self)
p = Phoenix()
del p
gc.collect()
print(log, len(saved))
saved.clear()
gc.collect()
print(log)
class Noisy:
    def __init__(self):
        self.me = self
    def __del__(self):
        raise ValueError("ignored in __del__")
x = Noisy()
del x
gc.collect()
print("survived exception in __del__")
gc.enable()
