# subclassing str: methods return plain str, extra attributes, __new__ customisation, hashing
class Tagged(str):
    def shout(self):
        return self.upper() + "!"
t = Tagged("hi")
print(t, t.shout(), type(t.upper()).__name__, type(t + "x").__name__, type(t[0]).__name__)
print(t == "hi", "hi" == t, {"hi": 1}[t], isinstance(t, str), len(t), t * 2)
class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())
l = Lower("MiXeD")
print(l, repr(l), l.capitalize(), type(l).__name__)
class WithAttr(str):
    pass
w = WithAttr("val")
w.meta = 123
print(w, w.meta, f"{w}", "{}".format(w), str(w), type(str(w)).__name__)
class CaseInsensitive(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print(CaseInsensitive("ABC") == "abc", "abc" == CaseInsensitive("ABC"), CaseInsensitive("Q") in {"q"})
class R(str):
    def __repr__(self):
        return "R<" + self + ">"
print(R("x"), repr(R("x")), [R("y")], "-".join([R("a"), R("b")]))
print(sorted([Tagged("b"), Tagged("a")]), max(Tagged("z"), "a"))
