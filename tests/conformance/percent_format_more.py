print("%5d|%-5d|%05d|%x|%X|%o|%e|%g|%c" % (42, 42, 42, 255, 255, 8, 1234.5, 0.0001, 65))
print("%s %s" % ("a", [1]), "%r" % ("x",), "%3.1f%%" % 99.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
