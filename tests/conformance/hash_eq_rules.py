class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    {E()}
except TypeError as e:
    print(e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
class Both:
    def __eq__(self, o): return isinstance(o, Both)
    def __hash__(self): return 7
print(hash(Both()), len({Both(), Both()}))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0))
