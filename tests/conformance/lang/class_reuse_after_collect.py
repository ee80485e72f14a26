# Classes made and dropped in a loop, collected in between: each new class (often at a freed
# class's address) must answer its own attributes and methods, never a dead class's.
import gc

results = []
for i in range(200):
    if i % 2:
        class K:
            tag = i
            def who(self):
                return "odd"
    else:
        class K:
            def who(self):
                return "even"
    k = K()
    results.append((getattr(K, "tag", None), k.who(), hasattr(k, "tag")))
    del k, K
    gc.collect()
print(results[:4], results[-2:])
print(all(r[0] == (i if i % 2 else None) and r[1] == ("odd" if i % 2 else "even") for i, r in enumerate(results)))
