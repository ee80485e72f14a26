# exit(): the builtin raises SystemExit; caught here, then used for real with a message to stderr
try:
    exit()
except SystemExit as e:
    print("SystemExit caught", repr(e.code), e.args)
try:
    exit(4)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
try:
    exit("message")
except SystemExit as e:
    print("code", repr(e.code))
def inner():
    try:
        exit(2)
    finally:
        print("finally runs during exit")
try:
    inner()
except SystemExit as e:
    print("propagated", e.code)
try:
    exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print("about to exit with a string")
exit("fatal: stopping")
print("never printed")
