a = 1000
b = 999 + 1
print(a == b, [] == [], [] is not [], None == None, () == ())
