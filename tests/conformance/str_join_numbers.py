nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(", ".join(str(n) for n in nums), "".join(map(str, sorted(nums))))
print(" ".join(f"{n:02d}" for n in nums[:3]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
