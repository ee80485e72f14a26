def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(nope)
except NameError as e:
    print("NameError:", e)
del_me = 1
del del_me
nope_again
