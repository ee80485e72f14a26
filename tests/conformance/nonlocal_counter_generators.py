def make():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen
print(list(make()()))
