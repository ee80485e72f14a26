# small program: word frequencies with dicts, sorting by (-count, word), string cleanup, f-string table
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")
print(len(counts), sum(counts.values()), ranked[-1])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
first_letters = {w[0] for w in counts}
print(sorted(first_letters), "".join(sorted(first_letters)))
lines = text.splitlines()
print([len(line.split()) for line in lines], max(lines, key=len)[:20])
longest = max(counts, key=lambda w: (len(w), w))
print(longest, counts[longest], longest.upper().center(20, "."))
