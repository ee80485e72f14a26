# global statement in functions: rebinding module names, creating new globals, reads vs writes
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
x = "module"
def reads():
    return x
def shadows():
    x = "local"
    return x
print(reads(), shadows(), x)
def broken():
    try:
        y = x
        return y
    finally:
        pass
print(broken())
def fails():
    try:
        print(z_missing)
    except NameError as e:
        print(type(e).__name__, e)
fails()
def local_before():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
local_before()
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
