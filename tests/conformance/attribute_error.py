class A: pass
for f in (lambda: A().x, lambda: (1).foo, lambda: "s".nope, lambda: A.y, lambda: [].bar):
    try:
        f()
    except AttributeError as e:
        print(e)
import sys
try:
    sys.nothing
except AttributeError as e:
    print(e)
