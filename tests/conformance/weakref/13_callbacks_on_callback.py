# Scenario 13: port of test_callbacks_on_callback.  Weakrefs whose callback
# is a bound method in the cyclic trash, and weakrefs *to* that bound method.
# Only the external weakref (not trash) gets its callback.
import gc, weakref
gc.disable()

alist = []


def safe_callback(ignore):
    alist.append("safe_callback called")


class C:
    def cb(self, ignore):
        alist.append("cb called")


c, d = C(), C()
c.other = d
d.other = c
callback = c.cb
c.wr = weakref.ref(d, callback)      # trash: never triggers
d.wr = weakref.ref(callback, d.cb)   # trash: never triggers
external_wr = weakref.ref(callback, safe_callback)  # reachable: triggers
print(external_wr() is callback)

del callback, c, d, C
print(alist)
gc.collect()
print(alist)
print(external_wr())
del alist[:]
gc.collect()
print(alist)
