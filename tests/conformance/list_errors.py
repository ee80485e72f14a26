a = [1, 2, 3]
for f in (lambda: a[10], lambda: a.pop(7), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
