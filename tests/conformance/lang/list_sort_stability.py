# list.sort/sorted stability with keys, multi-key sorts via tuples, reverse stability, key errors
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
staged = sorted(people, key=lambda p: p[0], reverse=True)
staged.sort(key=lambda p: p[1])
print(staged)
records = [{"n": 3, "tag": "x"}, {"n": 1, "tag": "y"}, {"n": 3, "tag": "a"}, {"n": 2, "tag": "b"}]
print([r["tag"] for r in sorted(records, key=lambda r: r["n"])])
nums = [5, -3, 3, -5, 0, 2, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda v: v * v))
strs = ["b", "A", "a", "B", "c", "C"]
print(sorted(strs), sorted(strs, key=str.lower), sorted(strs, key=str.upper, reverse=True))
nested = [[3, 1], [1, 2], [1, 1], [2], []]
print(sorted(nested), sorted(nested, key=len), sorted(nested, key=sum))
lst = [3, 1, 2]
res = lst.sort()
print(res, lst)
calls = []
def key(v):
    calls.append(v)
    return -v
lst.sort(key=key)
print(lst, calls)
try:
    sorted(["a", 1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda v: v / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted([2.5, 1, True, 0.5, -1]), sorted([(1, "b"), (1, "a"), (0, "z")]))
