class M:
    n = 5
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.n + x
class N(M):
    n = 50
print(M.s(2), M().s(3), M.c(1), N.c(1), N().c(2))
