# RecursionError from runaway recursion is caught and printed; the interpreter keeps working
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
class AttrLoop:
    def __getattr__(self, name):
        return self.other
try:
    AttrLoop().x
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError), sys.getrecursionlimit())
def count():
    try:
        return 1 + count()
    except RecursionError:
        return 0
print(count() > 100)
print("still alive", depth(10))
