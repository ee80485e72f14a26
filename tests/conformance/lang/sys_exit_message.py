# sys.exit with a string: message printed to stderr, exit status 1; stdout before it is kept
import sys
print("about to exit")
sys.stdout.flush()
def f():
    sys.exit("Error: something went wrong")
f()
print("not reached")
x = 1
y = 2
print(x + y)
