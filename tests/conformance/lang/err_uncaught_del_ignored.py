# an exception in __del__ during gc.collect() is reported as "Exception ignored in:" and execution continues
import gc
gc.disable()
class Res:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        raise RuntimeError("cleanup failed for " + self.name)
r = Res("r1")
del r
print("before collect")
gc.collect()
print("after collect: program continues")
gc.enable()
print("done")
