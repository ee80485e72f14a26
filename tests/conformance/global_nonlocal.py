count = 0
def bump():
    global count
    count += 1
for _ in range(3):
    bump()
print(count)
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 10
    inner(); inner()
    return a
print(outer())
