class A: pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), str(A) == "<class '__main__.A'>")
def f(): pass
print(repr(f).startswith("<function f at 0x"), repr(len), repr(A.__init__)[:8])
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
