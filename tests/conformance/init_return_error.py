class X:
    def __init__(self):
        return 5
try:
    X()
except TypeError as e:
    print(e)
class Y:
    pass
try:
    Y(1)
except TypeError as e:
    print(e)
