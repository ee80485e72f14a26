# raise SystemExit(2) at top level: exit status 2, no traceback on stderr
print("raising SystemExit(2)")
def g():
    raise SystemExit(2)
def h():
    try:
        g()
    except ValueError:
        print("not this handler")
h()
print("not reached")
a = 1
b = 2
c = 3
