print(True + 1, True == 1, sum([True, True, False]), [1, 2][True], {True: "a", 1: "b"})
print(int(True), str(False), repr(True), True & False, True | False, not 0)
