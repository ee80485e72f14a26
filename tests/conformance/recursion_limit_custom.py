import sys
sys.setrecursionlimit(100)
def d(n):
    return d(n + 1)
try:
    d(0)
except RecursionError:
    print("hit limit")
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
