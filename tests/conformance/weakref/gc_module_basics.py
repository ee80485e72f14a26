# gc module basics as used together with weak references: isenabled,
# enable/disable, explicit collect(), and weakrefs observed across them.
import gc, weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name


log = []

# with the collector disabled, cyclic garbage stays until collect()
a = Node("a")
a.self = a
ra = weakref.ref(a, lambda w: log.append("a collected"))
del a
print(ra() is not None, log)
gc.collect()
print(ra(), log)

# collect() with an explicit generation argument (full collection)
b = Node("b")
b.self = b
rb = weakref.ref(b, lambda w: log.append("b collected"))
del b
gc.collect(2)
print(rb(), log)

# collect() when there is no garbage is harmless
gc.collect()
gc.collect()
print(log)

# enabling the collector: garbage is collected at the latest by an
# explicit collect()
gc.enable()
c = Node("c")
c.self = c
rc = weakref.ref(c, lambda w: log.append("c collected"))
del c
gc.collect()
print(rc(), log)
gc.disable()
print(gc.isenabled())

# a long chain of cyclic garbage is collected in one go
nodes = [Node(str(i)) for i in range(50)]
for i in range(50):
    nodes[i].next = nodes[(i + 1) % 50]
refs = [weakref.ref(n) for n in nodes]
del nodes
gc.collect()
print(sum(1 for r in refs if r() is None))

# objects reachable from a live object survive collect()
keep = Node("keep")
keep.child = Node("child")
keep.child.parent = keep
rk = weakref.ref(keep.child)
gc.collect()
print(rk() is keep.child, rk().name)
del keep
gc.collect()
print(rk())
