def f(a, b):
    pass
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=1), lambda: f()):
    try:
        call()
    except TypeError as e:
        print(e)
def k(*, x):
    pass
try:
    k()
except TypeError as e:
    print(e)
