# uncaught RecursionError: exit status 1 and "RecursionError: maximum recursion depth exceeded"
def walk(n):
    return walk(n + 1) + 1
print("before")
def start():
    return walk(0)
start()
print("never printed")
a = 1
b = 2
c = 3
d = 4
