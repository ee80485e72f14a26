# sys.exit(3): exit status 3, finally blocks run, nothing after the exit is printed
import sys
def main():
    try:
        print("in main")
        sys.exit(3)
    finally:
        print("finally before exit")
    print("not reached")
print("start")
main()
print("never printed")
for i in range(10):
    print(i)
