# generator send/throw/close, GeneratorExit, send to just-started generator error
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))
print(g.send("hi"), g.send(42))
print(g.throw(ValueError("boom")))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in generator")
c = closer()
print(next(c))
c.close()
c.close()
print(next(c, "closed"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(t, "dead"))
