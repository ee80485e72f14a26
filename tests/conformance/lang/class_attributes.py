# class vs instance attribute lookup and shadowing, mutable class attrs, methods added later
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.shared.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, a.shared is b.shared, Counter.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
def extra(self):
    return "extra from " + type(self).__name__
Counter.extra = extra
print(a.extra(), Counter.extra is extra)
a.inst_fn = lambda: "instance function, not bound"
print(a.inst_fn())
setattr(Counter, "dyn", 7)
print(b.dyn, getattr(Counter, "dyn"), getattr(Counter, "nope", "default"))
class WithClassBody:
    x = 2
    y = x * 3
    items = [x, y]
    del x
print(WithClassBody.y, WithClassBody.items, hasattr(WithClassBody, "x"))
try:
    del Counter.never
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.missing
except AttributeError as e:
    print(type(e).__name__, e)
