# Port of test_weakref ReferencesTestCase: test_proxy_iter, test_proxy_next,
# test_proxy_bad_next, test_proxy_reversed, test_proxy_hash.
import gc, weakref
gc.disable()

# test_proxy_iter: the referent's last strong reference goes away inside
# __iter__ called through the proxy
obj = None


class MyObj:
    def __iter__(self):
        global obj
        del obj
        return NotImplemented


obj = MyObj()
p = weakref.proxy(obj)
try:
    "blech" in p
except TypeError as e:
    print(type(e).__name__, e)
gc.collect()
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)

# test_proxy_next
arr = [4, 5, 6]


def iterator_func():
    for x in arr:
        yield x


it = iterator_func()


class IteratesWeakly:
    def __iter__(self):
        return weakref.proxy(it)


weak_it = IteratesWeakly()
print(list(weak_it) == arr)


# test_proxy_bad_next
class NotIterator:
    def __iter__(self):
        return self


obj2 = NotIterator()


class IteratesWeaklyBad:
    def __iter__(self):
        return weakref.proxy(obj2)


try:
    list(IteratesWeaklyBad())
except TypeError as e:
    print(type(e).__name__, e)


# test_proxy_reversed
class MyObj2:
    def __len__(self):
        return 3

    def __reversed__(self):
        return iter("cba")


obj3 = MyObj2()
print("".join(reversed(weakref.proxy(obj3))))


# test_proxy_hash
class MyObj3:
    def __hash__(self):
        return 42


obj4 = MyObj3()
try:
    hash(weakref.proxy(obj4))
except TypeError as e:
    print(type(e).__name__, e)


class MyObj4:
    __hash__ = None


obj5 = MyObj4()
try:
    hash(weakref.proxy(obj5))
except TypeError as e:
    print(type(e).__name__, e)
