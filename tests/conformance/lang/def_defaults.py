# default argument values: evaluated once, mutable default sharing, keyword calling
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(punct=".", name="D"))
def append(v, lst=[]):
    lst.append(v)
    return lst
print(append(1), append(2), append(3, []))
counter = 10
def snap(v=counter):
    return v
counter = 20
print(snap(), snap(5))
def safe(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst
print(safe(1), safe(2))
print(greet.__defaults__, snap.__defaults__, greet.__name__)
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", name="b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
def two(a, b):
    return a - b
try:
    two(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two()
except TypeError as e:
    print(type(e).__name__, e)
