# The Python half of Wraith's weakref module. The natives (_wr_*, getweakrefcount,
# getweakrefs, ReferenceError) are put in this module's namespace before it runs.


__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

def _hexid(o):
    return '0x%x' % id(o)


class _GenericAlias:
    def __init__(self, origin, arg):
        self.__origin__ = origin
        self.__args__ = (arg,)

    def __repr__(self):
        o = self.__origin__
        a = self.__args__[0]
        an = a.__qualname__ if isinstance(a, type) else repr(a)
        if isinstance(a, type) and a.__module__ != 'builtins':
            an = a.__module__ + '.' + an
        return '%s.%s[%s]' % (o.__module__, o.__qualname__, an)

    def __call__(self, *args, **kw):
        return self.__origin__(*args, **kw)


def _callback_get(self):
    return _wr_callback(self)


def _readonly(self, value=None):
    raise AttributeError('readonly attribute')


class ReferenceType:
    __slots__ = ()

    __new__ = _ref_new      # native: ReferenceType.__new__(cls, ob[, callback])
    __init__ = _ref_init    # native: checks the arguments

    def __call__(self, *args, **kw):
        if kw:
            raise TypeError('weakref() takes no keyword arguments')
        if args:
            raise TypeError('weakref expected 0 arguments, got %d' % len(args))
        return _wr_get(self)

    def __hash__(self):
        return _wr_hash(self)

    def __eq__(self, other):
        if not _wr_is_weak(other):
            return NotImplemented
        a = _wr_get(self)
        b = _wr_get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not _wr_is_weak(other):
            return NotImplemented
        a = _wr_get(self)
        b = _wr_get(other)
        if a is None or b is None:
            return self is not other
        return a != b

    __callback__ = property(_callback_get, _readonly, _readonly)

    def __repr__(self):
        o = _wr_get(self)
        if o is None:
            return '<weakref at %s; dead>' % _hexid(self)
        tn, name = _special_name(o)
        if name is not None:
            return "<weakref at %s; to '%s' at %s (%s)>" % (_hexid(self), tn, _hexid(o), name)
        return "<weakref at %s; to '%s' at %s>" % (_hexid(self), tn, _hexid(o))

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


ref = ReferenceType


def _deref(p):
    o = _wr_get(p)
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(x):
    if _wr_is_weak(x) and isinstance(x, ProxyType):
        return _deref(x)
    return x


_proxy_sealed = False


def _proxy_class(p):
    return _deref(p).__class__


class ProxyType:
    __slots__ = ()
    __hash__ = None

    def __new__(cls, *args, **kw):
        raise TypeError("cannot create 'weakref.ProxyType' instances")

    def __init_subclass__(cls, **kw):
        if not _proxy_sealed:
            return
        for b in cls.__bases__:
            if b is ProxyType or b is CallableProxyType:
                raise TypeError("type 'weakref.%s' is not an acceptable base type" % b.__name__)

    def __getattr__(self, name):
        return getattr(_deref(self), name)

    __class__ = property(_proxy_class)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = _wr_get(self)
        return '<weakproxy at %s to %s at %s>' % (_hexid(self), _special_name(o)[0], _hexid(o))

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        o = _deref(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __eq__(self, other):
        return _deref(self) == _unwrap(other)

    def __ne__(self, other):
        return _deref(self) != _unwrap(other)

    def __lt__(self, other):
        return _deref(self) < _unwrap(other)

    def __le__(self, other):
        return _deref(self) <= _unwrap(other)

    def __gt__(self, other):
        return _deref(self) > _unwrap(other)

    def __ge__(self, other):
        return _deref(self) >= _unwrap(other)

    def __add__(self, other):
        return _deref(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _deref(self)

    def __sub__(self, other):
        return _deref(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _deref(self)

    def __mul__(self, other):
        return _deref(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _deref(self)

    def __matmul__(self, other):
        return _deref(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _deref(self)

    def __truediv__(self, other):
        return _deref(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _deref(self)

    def __floordiv__(self, other):
        return _deref(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _deref(self)

    def __mod__(self, other):
        return _deref(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _deref(self)

    def __divmod__(self, other):
        return divmod(_deref(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _deref(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return _deref(self) ** _unwrap(other)
        return pow(_deref(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other):
        return _unwrap(other) ** _deref(self)

    def __lshift__(self, other):
        return _deref(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _deref(self)

    def __rshift__(self, other):
        return _deref(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _deref(self)

    def __and__(self, other):
        return _deref(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _deref(self)

    def __or__(self, other):
        return _deref(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _deref(self)

    def __xor__(self, other):
        return _deref(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _deref(self)

    def __iadd__(self, other):
        o = _deref(self)
        o += _unwrap(other)
        return o

    def __isub__(self, other):
        o = _deref(self)
        o -= _unwrap(other)
        return o

    def __imul__(self, other):
        o = _deref(self)
        o *= _unwrap(other)
        return o

    def __imatmul__(self, other):
        o = _deref(self)
        o @= _unwrap(other)
        return o

    def __itruediv__(self, other):
        o = _deref(self)
        o /= _unwrap(other)
        return o

    def __ifloordiv__(self, other):
        o = _deref(self)
        o //= _unwrap(other)
        return o

    def __imod__(self, other):
        o = _deref(self)
        o %= _unwrap(other)
        return o

    def __ipow__(self, other):
        o = _deref(self)
        o **= _unwrap(other)
        return o

    def __ilshift__(self, other):
        o = _deref(self)
        o <<= _unwrap(other)
        return o

    def __irshift__(self, other):
        o = _deref(self)
        o >>= _unwrap(other)
        return o

    def __iand__(self, other):
        o = _deref(self)
        o &= _unwrap(other)
        return o

    def __ior__(self, other):
        o = _deref(self)
        o |= _unwrap(other)
        return o

    def __ixor__(self, other):
        o = _deref(self)
        o ^= _unwrap(other)
        return o

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __abs__(self):
        return abs(_deref(self))

    def __invert__(self):
        return ~_deref(self)

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __index__(self):
        return _deref(self).__index__()


class CallableProxyType(ProxyType):
    __slots__ = ()
    __hash__ = None

    def __new__(cls, *args, **kw):
        raise TypeError("cannot create 'weakref.CallableProxyType' instances")

    def __call__(self, *args, **kw):
        return _deref(self)(*args, **kw)


_proxy_sealed = True
_wr_register(ReferenceType, ProxyType, CallableProxyType)


def proxy(*args, **kw):
    if kw:
        raise TypeError('_weakref.proxy() takes no keyword arguments')
    if len(args) < 1:
        raise TypeError('proxy expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('proxy expected at most 2 arguments, got %d' % len(args))
    object = args[0]
    callback = args[1] if len(args) > 1 else None
    if callable(object):
        return _wr_new(CallableProxyType, object, callback, 1)
    return _wr_new(ProxyType, object, callback, 1)


ProxyTypes = (ProxyType, CallableProxyType)


class _Count:
    def __init__(self):
        self.n = 0

    def __next__(self):
        n = self.n
        self.n = n + 1
        return n


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]


class _Mapping:
    def __reversed__(self):
        raise TypeError("'%s' object is not reversible" % type(self).__name__)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def __eq__(self, other):
        if not isinstance(other, (_Mapping, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None


class _MutableMapping(_Mapping):
    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, (_Mapping, dict)):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# --- from CPython 3.11 Lib/_weakrefset.py (PSF licence), adapted ---



class _IterationGuard:
    # This context manager registers itself in the current iterators of the
    # weak container, such as to delay all removals until the context manager
    # exits.
    # This technique should be relatively thread-safe (since sets are).

    def __init__(self, weakcontainer):
        # Don't create cycles
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        w = self.weakcontainer()
        if w is not None:
            w._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        w = self.weakcontainer()
        if w is not None:
            s = w._iterating
            s.remove(self)
            if not s:
                w._commit_removals()


def _set_difference_update(s, items):
    for x in items:
        s.discard(x)


def _set_intersection_update(s, items):
    keep = set(items)
    for x in list(s):
        if x not in keep:
            s.discard(x)


def _set_symmetric_difference_update(s, items):
    seen = set()
    for x in items:
        if x in seen:
            continue
        seen.add(x)
        if x in s:
            s.discard(x)
        else:
            s.add(x)


class WeakSet:
    """Wraith: the elements live in a wraith-gc weak table (the ephemeron table also under
    WeakKeyDictionary, each element stored with its insertion number and one weak reference
    with a callback, as CPython's set of callback references holds); the collector removes
    an element when it dies, also while an iterator is suspended, so no pending removals
    are needed. Iteration follows insertion order (CPython's follows its set's hash order)."""
    __module__ = '_weakrefset'
    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, data=None):
        self._t = _et_new()
        self._remove = _key_died
        if data is not None:
            self.update(data)

    @property
    def data(self):
        # CPython's set of weak references to the elements (a snapshot).
        return {ref(item) for item in _et_keys(self._t)}

    def __iter__(self):
        # A generator, as CPython's is, around a native iterator over the entries' own weak
        # references in insertion order (snapshotted at the first next(), where the generator
        # starts): iterating keeps no element alive, an element the collector removed is
        # skipped, and a size change raises RuntimeError.
        yield from _ws_iter(self)

    __len__ = _ws_len             # native: the table's length
    __contains__ = _ws_contains   # native: False for objects that cannot be weakly referenced

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    add = _ws_add   # native: a new element gets the next insertion number and a ref with _remove

    def clear(self):
        _et_clear(self._t)

    def copy(self):
        return self.__class__(self)

    def pop(self):
        try:
            return _et_popitem(self._t)[0]
        except KeyError:
            raise KeyError('pop from empty WeakSet') from None

    remove = _ws_remove     # native: KeyError(ref(item)) when absent
    discard = _ws_discard   # native

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)
    def __isub__(self, other):
        if self is other:
            self.clear()
        else:
            for item in [ref(item) for item in other]:
                item = item()
                if item is not None:
                    self.discard(item)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)
    def __iand__(self, other):
        keep = {ref(item) for item in other}
        for item in _et_keys(self._t):
            if ref(item) not in keep:
                self.discard(item)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)
    def __ixor__(self, other):
        if self is other:
            self.clear()
        else:
            for r in {ref(item) for item in other}:
                item = r()
                if item is None:
                    continue
                if item in self:
                    self.discard(item)
                else:
                    self.add(item)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)


# --- from CPython 3.11 Lib/weakref.py (PSF licence), adapted ---


class WeakMethod(ref):
    """
    A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        def _cb(arg):
            # The self-weakref trick is needed to avoid creating a reference
            # cycle.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return _bind(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(_MutableMapping):
    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """
    # We inherit the constructor without worrying about the input
    # dictionary; since it uses our .update() method, we get the right
    # checks (if the other dictionary is a WeakValueDictionary,
    # objects are unwrapped on the way out, and we always wrap on the
    # way in).

    # Wraith: the entries live in a wraith-gc weak-value table (see valuemap.rs), each with
    # its insertion number and its KeyedRef (whose callback does nothing: the collector
    # removes an entry in the collection that finds its value dead, so there are no pending
    # removals). Iteration follows insertion order, as CPython's dict does.
    def __init__(self, other=(), /, **kw):
        self._t = _wv_new()
        self._remove = _value_died
        # The live iterators' views of the dict size, as CPython's dict would have it: it
        # changes when a method commits the removals of dead entries (3.11 quirk: then the
        # iteration raises RuntimeError).
        self._guards = []
        self.update(other, **kw)

    def _commit_removals(self):
        n = _wv_len(self._t)
        for g in self._guards:
            g[0] = n

    # Natives: each commits pending removals first while a guard is active, as CPython does.
    __getitem__ = _wvd_getitem
    __delitem__ = _wvd_delitem
    __len__ = _wvd_len
    __contains__ = _wvd_contains

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    __setitem__ = _wvd_setitem    # native: stores KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    get = _wvd_get

    def _live_entries(self):
        if self._guards:
            self._commit_removals()
        t = self._t
        version = _wv_version(t)
        size = _wv_len(t)
        g = [size]
        guards = self._guards
        guards.append(g)
        try:
            for k, wr in _wv_entries(t):
                if _wv_version(t) != version or g[0] != size:
                    raise RuntimeError("dictionary changed size during iteration")
                yield k, wr
            if _wv_version(t) != version or g[0] != size:
                raise RuntimeError("dictionary changed size during iteration")
        finally:
            for i, x in enumerate(guards):
                if x is g:
                    del guards[i]
                    break

    def items(self):
        for k, wr in self._live_entries():
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in self._live_entries():
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.

        """
        for k, wr in self._live_entries():
            yield wr

    def values(self):
        for k, wr in self._live_entries():
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        if self._guards:
            self._commit_removals()
        return _wv_popitem(self._t)

    def pop(self, key, *args):
        if self._guards:
            self._commit_removals()
        if args:
            return _wv_pop(self._t, key, args[0])
        return _wv_pop(self._t, key)

    def setdefault(self, key, default=None):
        o = _wv_get(self._t, key, None)
        if o is None:
            self[key] = default
            return default
        else:
            return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def valuerefs(self):
        """Return a list of weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.

        """
        if self._guards:
            self._commit_removals()
        return _wv_valuerefs(self._t)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (_Mapping, dict)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (_Mapping, dict)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class KeyedRef(ref):
    """Specialized reference that includes a key corresponding to the value.

    This is used in the WeakValueDictionary to avoid having to create
    a function object for each key stored in the mapping.  A shared
    callback object can use the 'key' attribute of a KeyedRef instead
    of getting a reference to the key from an enclosing scope.

    """

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


_register_keyed_ref(KeyedRef)   # KeyedRef(ob, callback, key) is then built natively

class WeakKeyDictionary(_MutableMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key. This can be used to
    associate additional data with an object owned by other parts of
    an application without adding attributes to those objects. This
    can be especially useful with objects that override attribute
    accesses.

    Wraith: the entries live in a wraith-gc ephemeron table, so a value
    that refers to its own key does not keep the entry alive (CPython
    issue 88846); iteration follows insertion order, as CPython's does.
    """

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, dict=None):
        self._t = _et_new()
        self._remove = _key_died
        if dict is not None:
            self.update(dict)

    # Natives: the table operations of CPython's methods, without a Python frame.
    __delitem__ = _wkd_delitem
    __getitem__ = _wkd_getitem
    __len__ = _wkd_len

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    __setitem__ = _wkd_setitem    # native: a new key gets its weak reference (with _remove)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    get = _wkd_get
    __contains__ = _wkd_contains

    def _live_keys(self):
        # Weak references to the keys, in order: iterating must not keep keys alive.
        t = self._t
        version = _et_version(t)
        for r in [ref(k) for k in _et_keys(t)]:
            if _et_version(t) != version:
                raise RuntimeError("dictionary changed size during iteration")
            k = r()
            if k is not None and _et_contains(t, k):
                yield k

    def items(self):
        t = self._t
        for key in self._live_keys():
            value = _et_get(t, key, _MISSING)
            if value is not _MISSING:
                yield key, value

    def keys(self):
        yield from self._live_keys()

    __iter__ = keys

    def values(self):
        t = self._t
        for key in self._live_keys():
            value = _et_get(t, key, _MISSING)
            if value is not _MISSING:
                yield value

    def keyrefs(self):
        """Return a list of weak references to the keys.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the keys around longer than needed.

        """
        return _et_keyrefs(self._t)

    def popitem(self):
        return _et_popitem(self._t)

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(args) + 1))
        return _et_pop(self._t, key, *args)

    def setdefault(self, key, default=None):
        value = _et_get(self._t, key, _MISSING)
        if value is _MISSING:
            self[key] = default
            return default
        return value

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        _et_clear(self._t)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (_Mapping, dict)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (_Mapping, dict)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


_MISSING = object()


def _value_died(wr):
    # The callback of a WeakValueDictionary entry's KeyedRef. The entry itself leaves the
    # weak-value table during the collection that finds the value dead.
    pass


def _key_died(wr):
    # The callback of a WeakKeyDictionary entry's key reference. The entry itself leaves
    # the ephemeron table during the collection that finds the key dead.
    pass


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.

    Wraith: the state lives in a wraith-gc Finalizer (see finalize.rs),
    which the heap keeps alive, with func and its arguments, until it dies.
    """

    __slots__ = ()
    __new__ = _fin_new

    __init__ = _fin_init    # native: (self, obj, func, /, *args, **kwargs), registers

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        return _fin_call(self)

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        return _fin_detach(self)

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        return _fin_peek(self)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return _fin_alive(self)

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        return _fin_get_atexit(self)

    @atexit.setter
    def atexit(self, value):
        _fin_set_atexit(self, value)

    def __repr__(self):
        info = _fin_peek(self)
        if info is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        obj = info[0]
        return '<%s object at %#x; for %r at %#x>' % \
            (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # At shutdown invoke finalizers for which atexit is true, newest first.
        _fin_exit()
