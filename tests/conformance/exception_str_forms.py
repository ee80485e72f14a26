print(str(ValueError()), str(ValueError("a")), str(ValueError("a", "b")), repr(ValueError("a", 1)))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), ValueError("x").args)
e = Exception("m")
e.extra = 5
print(e.extra, isinstance(e, BaseException))
