# uncaught exception raised inside a generator while a for loop consumes it
def numbers():
    yield 1
    yield 2
    raise OverflowError("generator gave up")
total = 0
for n in numbers():
    total += n
    print("got", n, "total", total)
print("never printed")
a = 1
b = 2
c = 3
