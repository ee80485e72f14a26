class K:
    a = 1
    def __init__(self):
        self.b = 2
k = K()
print(k.a, k.b, K.a, hasattr(k, "b"), hasattr(k, "zz"), getattr(k, "zz", "dflt"))
k.a = 10
print(k.a, K.a, k.__dict__)
setattr(k, "c", 3); delattr(k, "b")
print(sorted(vars(k).items()))
try:
    k.missing
except AttributeError as e:
    print(e)
try:
    K.missing
except AttributeError as e:
    print(e)
