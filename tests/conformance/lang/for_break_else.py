# for loops over various iterables with break/continue/else, loop variable after the loop
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("for else", x)
for x in range(10):
    if x == 4:
        break
else:
    print("unreached")
print("after break", x)
for y in []:
    pass
else:
    print("empty else")
for ch in "ab":
    for n in (1, 2):
        if n == 2:
            break
        print(ch, n)
    else:
        print("inner else")
for k in {"a": 1, "b": 2}:
    print("key", k)
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=1):
    print(i, a, b)
primes = []
for n in range(2, 20):
    for d in primes:
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
total = 0
for v in range(100):
    if v % 3:
        continue
    total += v
print(total)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
