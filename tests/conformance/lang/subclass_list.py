# subclassing list: extra methods, overridden append, super() calls, isinstance and repr
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, s == [1, 2, 3])
class Logged(list):
    def append(self, v):
        print("append", v)
        super().append(v)
    def __getitem__(self, i):
        return "item " + str(super().__getitem__(i))
l = Logged()
l.append(1)
l.extend([2, 3])
print(l, l[0], list(l), len(l))
class WithAttrs(list):
    pass
w = WithAttrs("ab")
w.tag = "t"
print(w, w.tag, sorted(vars(w)))
class Repr(list):
    def __repr__(self):
        return "Repr" + super().__repr__()
print(Repr([1, 2]), [Repr([3])], str(Repr()))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(3), Init(0))
s2 = Stack()
try:
    s2.peek()
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(Stack([3, 1, 2])), Stack([3, 1]) < [4])
