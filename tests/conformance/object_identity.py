a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), None is None)
x = (1, 2)
print(x is x, type(id(a)) is int)
