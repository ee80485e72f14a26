class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() == B())
class L:
    def __lt__(self, o): return NotImplemented
try:
    L() < L()
except TypeError as e:
    print(e)
print(NotImplemented, Ellipsis, ...)
