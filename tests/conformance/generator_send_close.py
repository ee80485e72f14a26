def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration:
    print("finished")
def noisy():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
n = noisy(); next(n); n.close()
