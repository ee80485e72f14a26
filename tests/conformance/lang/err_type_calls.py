# TypeError messages for function/method/constructor call arity and keyword mistakes
def f(a, b=1, *, c):
    pass
class C:
    def __init__(self, x):
        pass
    def m(self, y):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def k(cls, z):
        pass
cases = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: f(1, a=2, c=3),
    lambda: C(), lambda: C(1, 2), lambda: C(1).m(), lambda: C(1).m(1, 2), lambda: C(1).m(y=1, z=2),
    lambda: C.s(1), lambda: C.k(), lambda: C(1).k(1, 2), lambda: C.m(1), lambda: len([], []),
    lambda: [].append(), lambda: [].append(1, 2), lambda: {}.pop(), lambda: "".join(), lambda: int(1, 2, 3),
    lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(1), lambda: (lambda *, k: 0)(),
    lambda: print(end=1), lambda: sum(), lambda: isinstance(), lambda: range(1, 2, 3, 4),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
