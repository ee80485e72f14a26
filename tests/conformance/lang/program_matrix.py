# small program: matrix class with __matmul__/__mul__/__eq__/__getitem__, transpose, identity, powers
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])
    def __mul__(self, k):
        return Matrix([[k * v for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result @ base
            base = base @ base
            p >>= 1
        return result
    def T(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a * 2, 3 * a, a.T(), a[1, 0])
print(a @ Matrix.identity(2) == a, a == a.T(), a ** 0, a ** 5)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]), Matrix([[1], [2]]) @ Matrix([[3, 4]]))
