# import forms for builtin modules: import x, import x as y, from x import a, b as c, errors
import sys
import time as t
import gc, sys as system
from sys import argv, getrecursionlimit as grl
from gc import isenabled
from time import perf_counter, sleep as nap
print(type(sys).__name__, sys.__name__, t.__name__, system is sys, gc.__name__)
print(argv is sys.argv, grl() == sys.getrecursionlimit(), isenabled(), callable(nap), callable(perf_counter))
def local_import():
    import time
    from sys import getrecursionlimit
    return time is t, getrecursionlimit()
print(local_import(), "time" in dir())
import sys
print(sys is system)
try:
    from sys import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_abc as nm
except ImportError as e:
    print(type(e).__name__, e)
try:
    sys.no_attr
except AttributeError as e:
    print(type(e).__name__, e)
