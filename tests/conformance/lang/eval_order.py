# evaluation order: left-to-right for operands, arguments, dict/list displays, comparisons, calls
log = []
def t(v):
    log.append(v)
    return v
def show(label):
    print(label, log)
    log.clear()
t(1) + t(2) * t(3)
show("binary ops")
[t("a"), t("b")]
show("list display")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
t(len)(t("arg"))
show("callee before args")
def f(*args, **kw):
    return len(args) + len(kw)
f(t(1), *[t(2), t(3)], x=t(4), **{"y": t(5)})
show("call args")
t(1) < t(2) < t(0) < t(3)
show("chained compare")
t(0) or t("") or t("x") or t("unreached")
show("or chain")
t("a") if t(True) else t("b")
show("conditional")
obj = {"items": [10, 20]}
t(obj)[t("items")][t(1)]
show("subscripts")
[t(i) for i in range(2)] + [t("tail")]
show("comprehension then tail")
x = t(1), t(2)
show("tuple")
t("s")[t(0):t(1)]
show("slice bounds")
print(t("p1"), t("p2"), sep=t("-"))
show("print args")
