# if/elif/else chains, truthiness of values in conditions, conditional expressions
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 3, 99)])
for v in [0, 1, "", "x", [], [0], {}, {0: 0}, set(), None, 0.0, -0.0, 0.1, (), (None,), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
print("odd" if x % 2 else "even", "a" if x > 3 else "b" if x > 1 else "c")
if x > 1:
    if x > 4:
        print("nested")
if not x:
    print("unreached")
elif x:
    pass
print(1 if [] else 2 if {} else 3)
