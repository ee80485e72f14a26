import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write("written\n")
print(sys.argv[0].endswith("sys_module.py"), sys.maxsize)
print("to stderr", file=sys.stderr)
