# sys module: argv shape, stdout/stderr write return values, recursion limit get/set, sys.exit caught
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
n = sys.stdout.write("written via sys.stdout\n")
print("write returned", n)
m = sys.stderr.write("stderr: written via sys.stderr\n")
print("stderr write returned", m)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__, callable(sys.exit), callable(sys.stdout.write))
