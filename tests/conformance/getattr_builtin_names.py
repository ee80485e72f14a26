class A:
    def method(self): pass
print(A.__name__, A.method.__name__, len.__name__, A().method.__name__, A.__module__)
import math
print(math.__name__, type(math).__name__)
