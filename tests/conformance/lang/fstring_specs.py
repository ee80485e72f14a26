# f-string details: conversions with specs, nested replacement fields, expressions, quotes, numbers
v, w, p = 3.14159, 12, 3
s = "text"
print(f"{v:.{p}f}|{v:{w}.{p}f}|{v:<{w}}|{s!r:>{w}}|{s!s:^{w}}|")
print(f"{1e6:,.0f} {-5:+} {5:+} {3:b} {255:#X} {0.25:.0%} {12345.6789:_.2f} {42:c}")
print(f"{True!s} {None!r} {[1, 'a']!s} {'q'!r:5}| {(1, 2)}")
d = {"key": [10, 20]}
print(f"{d['key'][1]} {len(d)} {d!r} {'yes' if d else 'no'} {(lambda x: x * 2)(4)} {s.upper()}")
print(f"{'{'}{'}'} {{}} {{{w}}} {{w}}")
print(f"{w!r:0>5} {w:0>5} {-w:05} {w:x>+5} {w:=^9,}")
width = 6
for item, price in [("tea", 2.5), ("coffee", 3.75), ("cake", 12)]:
    print(f"{item:<{width}}|{price:>7.2f}|{price * 1.2:8.3f}|")
n = 5
print(f"{n=} {n + 1 = } {s=!r} {v=:.2f}")
print(f"{'nested ' + f'{n:03}'}", f"{f'{w}' * 2}")
print(f"""{
    n
    * 2
}""", f"{n:{'>'}{w}}")
print(f"{3.0:g} {1.5e-7:g} {100000000.0:g} {0.0001:e} {float('inf'):+} {float('nan'):>5}")
