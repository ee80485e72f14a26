# generators with try/finally: finally runs on exhaustion, on close(), on break via explicit close; yield in finally order
def resource(name, log):
    log.append("open " + name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        log.append("close " + name)
log = []
print(list(resource("a", log)), log)
log = []
g = resource("b", log)
print(next(g), log)
g.close()
print(log)
log = []
g = resource("c", log)
for item in g:
    if item.endswith("1"):
        break
g.close()
print(log)
def nested_gen(log):
    try:
        yield from resource("inner", log)
    finally:
        log.append("outer finally")
log = []
ng = nested_gen(log)
print(next(ng), next(ng))
ng.close()
print(log)
def throwing(log):
    try:
        yield 1
        yield 2
    except ValueError as e:
        log.append("caught " + str(e))
        yield "recovered"
    finally:
        log.append("finally")
log = []
t = throwing(log)
print(next(t), t.throw(ValueError("oops")), next(t, "end"), log)
log = []
t2 = throwing(log)
print(next(t2))
try:
    t2.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e, log)
