def read():
    for i in range(20):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(list(squares(evens(read()))))
print(sum(squares(range(5))))
