# At exit: the live atexit finalizers (weakref.finalize) run first, then __main__'s globals
# are dropped and what only they held is finalized: its __del__ runs; a weak reference that
# is itself a global dies with it, so its callback does not run (docs/SEMANTICS.md, I2).
import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


kept = Tracked("global")
r = weakref.ref(kept, lambda w: print("callback for global"))
weakref.finalize(kept, print, "finalize at exit")
print("end of script")
