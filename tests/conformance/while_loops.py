i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print(i)
else:
    print("no else")
n = 0
while n < 3:
    n += 1
else:
    print("else", n)
for x in []:
    pass
else:
    print("for-else")
for x in [1, 2]:
    if x == 2:
        break
else:
    print("not printed")
