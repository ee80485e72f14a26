# Dict and list work: building, indexing, comprehension, sorting.
def main(n):
    d = {}
    for i in range(n):
        d[i % 5000] = d.get(i % 5000, 0) + i
    keys = sorted(d, key=lambda k: d[k])
    squares = [k * k for k in keys if k % 3]
    words = {}
    for i in range(n // 10):
        w = "w" + str(i % 997)
        words[w] = words.get(w, 0) + 1
    return len(squares) + sum(squares) % 1000 + len(words)

print(main(4_000_000))
