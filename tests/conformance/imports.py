import sys
import time as t
from gc import collect, isenabled
import math
print(type(sys.argv).__name__, callable(t.perf_counter), isenabled(), math.sqrt(16), math.pi > 3)
print(math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import nothing_here
except ImportError as e:
    print("ImportError")
