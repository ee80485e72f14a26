# pass in every block kind, empty bodies via docstrings, __doc__ of classes and functions
def nothing():
    pass
class Empty:
    pass
class DocOnly:
    "Only a docstring."
def doc_only():
    """Triple-quoted docstring."""
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class CM:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        pass
with CM():
    pass
print(nothing(), Empty.__doc__, DocOnly.__doc__, doc_only(), doc_only.__doc__)
print(type(Empty()).__name__, DocOnly().__doc__)
class Sub(DocOnly):
    pass
print(Sub.__doc__)
def doc_then_code():
    "Docstring, then code."
    return 42
print(doc_then_code(), doc_then_code.__doc__)
def not_a_doc():
    x = 1
    "not a docstring"
    return x
print(not_a_doc.__doc__)
