# Weak references in an interpreter loop: create, dereference, collect with callbacks.
import gc, weakref

class Obj:
    pass

def main(n):
    gc.disable()
    objs = [Obj() for _ in range(n)]
    refs = [weakref.ref(o) for o in objs]
    alive = 0
    for r in refs:
        if r() is not None:
            alive += 1
    count = [0]
    def cb(r):
        count[0] += 1
    cyc = []
    for i in range(n):
        a = Obj()
        a.me = a
        cyc.append(weakref.ref(a, cb))
    a = None
    gc.collect()
    return alive, count[0]

print(main(500_000))
