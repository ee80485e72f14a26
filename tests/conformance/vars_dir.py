class A:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(A()), "x" in dir(A()), "__init__" in dir(A))
