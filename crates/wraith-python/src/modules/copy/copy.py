# A small `copy` module for Wraith: copy() and deepcopy() of built-in containers and of
# instances (through __copy__/__deepcopy__ when defined, else a new instance with a copied
# __dict__), with deepcopy's memo for shared and cyclic structures.

class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, bool, str, type, range,
           type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    f = getattr(cls, "__copy__", None)
    if f is not None:
        return f(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    y = cls.__new__(cls)
    d = getattr(x, "__dict__", None)
    if d is not None:
        y.__dict__.update(d)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    f = getattr(x, "__deepcopy__", None)
    if f is not None:
        y = f(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set([deepcopy(a, memo) for a in x])
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        y = cls.__new__(cls)
        memo[d] = y
        state = getattr(x, "__dict__", None)
        if state is not None:
            for k, v in state.items():
                setattr(y, k, deepcopy(v, memo))
    memo[d] = y
    return y
