# AttributeError messages on instances, classes, modules, builtin types, None, and slots
import sys
class Point:
    __slots__ = ("x",)
class Plain:
    pass
cases = [
    lambda: Plain().missing, lambda: Plain.missing, lambda: Point().x, lambda: Point().__dict__,
    lambda: (1).foo, lambda: "s".foo, lambda: [].foo, lambda: {}.foo, lambda: None.foo,
    lambda: sys.foo, lambda: (lambda: 0).foo, lambda: Plain().missing_method(), lambda: True.foo,
    lambda: 1.5.foo, lambda: ().append, lambda: frozenset().add, lambda: range(1).foo, lambda: int.foo,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except AttributeError as e:
        print(i, type(e).__name__, e)
def setter(obj, name):
    try:
        setattr(obj, name, 1)
        print("set ok", name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
setter(Point(), "y")
setter(1, "x")
setter("s", "upper")
setter([], "append")
setter(None, "x")
setter(Plain(), "fine")
setter(int, "new_attr")
