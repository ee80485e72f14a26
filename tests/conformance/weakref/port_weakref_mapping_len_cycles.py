# Port of test_weakref MappingTestCase: test_weak_keyed_len_cycles,
# test_weak_valued_len_cycles.
import gc, weakref
gc.disable()


class RefCycle:
    def __init__(self):
        self.cycle = self


def check_len_cycles(dict_type, cons):
    N = 20
    items = [RefCycle() for i in range(N)]
    dct = dict_type(cons(o) for o in items)
    # keep an iterator alive
    it = dct.items()
    try:
        next(it)
    except StopIteration:
        pass
    del items
    gc.collect()
    n1 = len(dct)
    del it
    gc.collect()
    n2 = len(dct)
    # one item may be kept alive inside the iterator
    print(dict_type.__name__, n1 in (0, 1), n2)


check_len_cycles(weakref.WeakKeyDictionary, lambda k: (k, 1))
check_len_cycles(weakref.WeakValueDictionary, lambda k: (1, k))
