# time module: perf_counter/time types and monotonicity, sleep returns None (never prints values)
import time
a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, type(time.time()).__name__, b >= a)
t1 = time.time()
r = time.sleep(0.01)
t2 = time.time()
print(r, t2 >= t1, time.time() > 1600000000)
p1 = time.perf_counter()
time.sleep(0.02)
p2 = time.perf_counter()
print(p2 - p1 >= 0.015, p2 - p1 < 5)
time.sleep(0)
print(callable(time.perf_counter), callable(time.time), callable(time.sleep))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
from time import perf_counter as pc
print(pc() >= p2, type(time).__name__, time.__name__)
