def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(f())
def g():
    try:
        return "try"
    finally:
        print("finally before return")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
