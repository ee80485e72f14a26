# Callbacks and finalizer functions whose bodies are empty: skipping their call must not hide
# the TypeError a call with the wrong arguments raises, nor skip a body that does something.
import gc
import weakref


class A:
    pass


def takes_one(r):
    pass


def with_doc(r):
    "only a docstring"


def returns_none(r):
    return None


def bare_return(r):
    return


def two_with_default(r, extra=1):
    pass


def star(*args):
    pass


def none_taken():
    pass


def two_required(r, extra):
    pass


def kwonly(r, *, k):
    pass


calls = []


def counting(r):
    calls.append(r)


a = A()
refs = [weakref.ref(a, cb) for cb in (takes_one, with_doc, returns_none, bare_return,
                                       two_with_default, star, none_taken, two_required,
                                       kwonly, counting, lambda r: None, lambda: None)]
del a
gc.collect()
print("callbacks run:", len(calls), calls[0] is refs[9])

b = A()
weakref.finalize(b, none_taken)
weakref.finalize(b, takes_one, 1)
weakref.finalize(b, takes_one)
weakref.finalize(b, takes_one, k=1)
weakref.finalize(b, star, 1, 2, 3)
f = weakref.finalize(b, counting, "fin")
del b
gc.collect()
print("finalizers:", calls[1:], f.alive)

c = A()
g = weakref.finalize(c, takes_one, 5)
print("called by hand:", g(), g.alive)
