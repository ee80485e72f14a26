# with statement semantics: exception inside __exit__, __enter__ failure, exit return truthiness
class Track:
    def __init__(self, log, tag, ret=None, fail_enter=False, fail_exit=False):
        self.log, self.tag, self.ret = log, tag, ret
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        self.log.append("enter " + self.tag)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.tag)
        return self
    def __exit__(self, *exc):
        self.log.append("exit " + self.tag + " " + str(exc[0].__name__ if exc[0] else None))
        if self.fail_exit:
            raise ValueError("exit failed " + self.tag)
        return self.ret
log = []
try:
    with Track(log, "a"), Track(log, "b", fail_enter=True):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
log = []
try:
    with Track(log, "x", fail_exit=True):
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(log)
log = []
with Track(log, "truthy", ret="yes"):
    1 / 0
with Track(log, "zero", ret=0), Track(log, "one", ret=1):
    [][0]
print(log)
log = []
try:
    with Track(log, "falsy", ret=""):
        raise IndexError("kept")
except IndexError as e:
    print(type(e).__name__, e, log)
with Track([], "t") as t:
    pass
print(type(t).__name__, t.tag)
