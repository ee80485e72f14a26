words = "The quick brown fox jumps over the lazy dog".split()
print(" ".join(sorted(w.lower() for w in words)))
freq = {}
for ch in "mississippi":
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
