# f-strings: expressions, !r/!s conversions, nested specs, braces, self-documenting
name, n, x = "Ann", 7, 2.5
print(f"{name} has {n} items costing {x}")
print(f"{name!r} {name!s} {n!r} {[name]!s} {'q'!r}")
print(f"{n:5d}|{n:<5}|{x:8.3f}|{name:>6}|{name:^7}|")
w, p = 10, 2
print(f"{x:{w}.{p}f}|", f"{name:*^{w}}", f"{n:0{w}d}")
print(f"{{literal}} {{{n}}}", f"{n + 1} {n * x} {n > 5}")
print(f"{'nested ' + name}", f"{[i * 2 for i in range(3)]}", f"{ {'k': 1} }")
print(f"{n=}", f"{x = }", f"{name=!s}", f"{n*2=:>4}")
print(f"{None} {True} {1e-7} {10**20}")
d = {"a": 1}
print(f"{d['a']} {d!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
p = P()
print(f"{p} {p!r} {p!s} {p:xyz} {p!r:>6}")
print(f"""multi
{n}line""", f'{"dq"}', F"{n}")
print(f"{3.14159:.2f}" f"-{n}" "-plain")
