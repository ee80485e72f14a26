# private name mangling: __name inside a class body becomes _Class__name; dunder names are not mangled
class Account:
    __count = 0
    def __init__(self, secret):
        self.__secret = secret
        Account.__count += 1
    def reveal(self):
        return self.__secret
    def __helper(self):
        return "private helper"
    def call_helper(self):
        return self.__helper()
    def __repr__(self):
        return "Account()"
a = Account("pw")
print(a.reveal(), a.call_helper(), a._Account__secret, Account._Account__count, repr(a))
print(sorted(vars(a)), sorted(k for k in vars(Account) if "count" in k or "helper" in k))
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Account):
    def __init__(self):
        super().__init__("sub")
        self.__secret = "sub's own"
    def both(self):
        return self.__secret, self.reveal()
s = Sub()
print(s.both(), sorted(vars(s)))
class Mangle:
    def get(self):
        return getattr(self, "__x", "getattr strings are not mangled")
    def set_via_attr(self):
        self.__x = 1
        return sorted(vars(self))
m = Mangle()
print(m.get(), m.set_via_attr(), hasattr(m, "_Mangle__x"))
class _Under:
    def __m(self):
        return "leading underscores of the class name are stripped"
    def call(self):
        return self.__m()
print(_Under().call(), hasattr(_Under, "_Under__m"))
