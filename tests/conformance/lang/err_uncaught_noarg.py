# uncaught exception raised without a message: the traceback's last line is just the class name
def lookup():
    d = {"present": 1}
    print(d["present"])
    return d.get("absent")
def run():
    try:
        raise IndexError
    except IndexError:
        print("handled bare IndexError")
    print(lookup())
    raise NotImplementedError
print("start")
run()
print("never printed")
y = 2
