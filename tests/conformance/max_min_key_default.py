print(max([1, 5, 3]), min("hello"), max([], default="none"), min([3, 1], key=lambda x: -x))
print(max({"a": 3, "b": 7}, key=lambda k: {"a": 3, "b": 7}[k]))
try:
    max([])
except ValueError as e:
    print(e)
