# sys.exit(0) and sys.exit(None) both give exit status 0; SystemExit propagates through except Exception
import sys
try:
    sys.exit(5)
except Exception:
    print("wrong: SystemExit is not an Exception")
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(None)
except SystemExit as e:
    print("caught", e.code)
print("exiting with 0")
try:
    sys.exit(0)
finally:
    print("cleanup")
print("not reached")
