name = "world"
x = 3.14159
n = 42
print(f"hello {name}!", f"{x:.2f}", f"{n:05d}", f"{n:>8}", f"{name!r}", f"{n + 1}")
print(f"{x=}", f"{name=!s}", f"{'nested'}", f"{{literal}}", f"{n:#x}", f"{1234567:,}")
w = 10
print(f"{name:>{w}}|", f"{[1, 2]}", f"{ {'a': 1} }")
