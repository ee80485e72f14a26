# class body scope: names visible in the body, not in methods; comprehensions in class bodies; __class__ cell
x = "global x"
class A:
    x = "class x"
    y = x + " (read in body)"
    def method(self):
        return x
    def cls_attr(self):
        return self.x
    def via_class_cell(self):
        return __class__.__name__
print(A.y, A().method(), A().cls_attr(), A().via_class_cell())
def make():
    v = "enclosing v"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = make()
print(I.w, I().get())
class B:
    items = [1, 2, 3]
    total = sum(items)
    first = [i for i in items][0]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        error = str(e)
    factor = 2
print(B.total, B.first, B.error)
class C:
    name = "C.name"
    def get(self):
        try:
            return name
        except NameError as e:
            return "NameError " + str(e)
print(C().get())
def outer():
    z = 1
    class K:
        z = 2
        def m(self):
            return z
    return K().m(), K.z
print(outer())
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
