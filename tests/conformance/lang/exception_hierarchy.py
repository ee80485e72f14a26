# builtin exception hierarchy from BaseException down, including ReferenceError; MRO names
names = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
         ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
         LookupError, IndexError, KeyError, NameError, UnboundLocalError, OSError,
         ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError,
         TypeError, ValueError, ImportError, ModuleNotFoundError, EOFError,
         MemoryError, IndentationError]
for cls in names:
    print(cls.__name__, "->", " ".join(k.__name__ for k in cls.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ReferenceError, Exception), issubclass(UnboundLocalError, NameError))
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise ReferenceError("weakly-referenced object no longer exists")
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(ReferenceError(), Exception), ReferenceError.__bases__ == (Exception,))
