s = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(s))
try:
    {set()}
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
