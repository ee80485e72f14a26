# input(): the harness runs with stdin from /dev/null, so input() writes its prompt then raises EOFError
import sys
print("before input")
try:
    line = input("prompt> ")
    print("got", repr(line))
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(callable(input), input.__name__)
sys.stdout.write("done\n")
