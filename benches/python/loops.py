# Integer arithmetic in a tight loop.
def main(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 3 - (i // 7)) % 1000003
        i += 1
    return total

print(main(12_000_000))
