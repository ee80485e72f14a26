# At exit CPython clears module globals: objects still referenced from them get their
# __del__ called and their weak reference callbacks run. Wraith runs only the live atexit
# finalizers (weakref.finalize) at exit; objects held by globals are never finalized.
# Documented in docs/SEMANTICS.md (a known difference).
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
