class F:
    def __call__(self, *a): return sum(a)
    def __str__(self): return "F-str"
    def __repr__(self): return "F-repr"
    def __format__(self, spec): return "F:" + spec
f = F()
print(f(1, 2, 3), str(f), repr(f), f, [f], f"{f:xyz}", format(f, "ab"), callable(f), callable(1))
