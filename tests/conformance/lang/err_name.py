# NameError / UnboundLocalError messages: globals, locals, builtins, deleted names, class scope
try:
    undefined_variable
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "")
def g():
    x = x + 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    if False:
        y = 1
    return y
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def closure():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
closure()
class K:
    a = 1
    def m(self):
        return a
try:
    K().m()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(len + lenn)
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
