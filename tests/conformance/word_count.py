text = """the cat sat on the mat the end"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>5}: {'#' * c}")
