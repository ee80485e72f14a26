# __hash__ = None makes instances unhashable; isinstance checks and subclasses re-enabling hash
class NoHash:
    __hash__ = None
n = NoHash()
for op in [lambda: hash(n), lambda: {n}, lambda: {n: 1}, lambda: frozenset([n])]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(n == n, n in [n], NoHash.__hash__ is None)
class Rehash(NoHash):
    def __hash__(self):
        return 42
print(hash(Rehash()), len({Rehash(), Rehash()}))
class ListSub(list):
    pass
try:
    hash(ListSub())
except TypeError as e:
    print(type(e).__name__, e)
class HashableList(list):
    def __hash__(self):
        return 1
print(hash(HashableList([1])), {HashableList([1]): "ok"}[HashableList([1])])
class EqAndHashNone:
    def __eq__(self, o):
        return True
    __hash__ = None
try:
    {EqAndHashNone(): 0}
except TypeError as e:
    print(type(e).__name__, e)
print(type(None).__hash__ is not None, hash(None) == hash(None))
