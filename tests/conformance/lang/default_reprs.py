# default reprs printed directly (addresses are normalised by the harness): objects, functions, methods, generators
import sys
class Thing:
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
def func():
    pass
def gen():
    yield 1
t = Thing()
print(repr(t))
print(t)
print(object())
print(Thing, Thing.method, Thing.sm)
print(t.method)
print(Thing.cm)
print(func, lambda: 0)
print(gen())
print(sys, len, [].append)
print([t], (func,), {"k": Thing})
print(type(t), type(func), type(gen()), type(sys), type(Thing.cm))
print(int, str, type, object, BaseException, ValueError)
def outer():
    def inner():
        pass
    return inner
print(outer())
print(range, slice, property, staticmethod, classmethod)
