# while loops with break/continue/else, nested loops, loop-else only on normal exit
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while done", i)
n = 10
while n:
    n -= 3
    if n < 0:
        print("break at", n)
        break
else:
    print("not reached")
count = 0
while False:
    count += 1
else:
    print("else on zero iterations", count)
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b > a:
            break
    print(a, b)
    a += 1
found = None
k = 2
while k < 50:
    j = 2
    while j * j <= k:
        if k % j == 0:
            break
        j += 1
    else:
        found = k
    k += 1
print("last prime < 50:", found)
