# non-ASCII strings: len, indexing, slicing, case mapping, comparison, find across code points
s = "naïve café 中文 😀!"
print(len(s), s[2], s[-2], s[6:10], s[::-1], s.upper(), s.title())
print(s.find("中"), s.index("😀"), s.count("é"), "é" in s, s.split(" "))
print("Straße".upper(), "ß".upper(), len("Straße".upper()), "ÉCOLE".lower(), "é".upper())
print(sorted("zéa中"), "é" > "z", "中" > "é", max("😀a"), min("😀a"))
print("😀" * 3, len("😀" * 3), ("x😀y")[1], list("a😀"), "😀".join("ab"))
print(repr("é中😀"), repr("\u00e9"), "\u4e2d" == "中", ord("😀") > 0xFFFF)
print("ÀÉÎ".lower(), "àéî".upper(), "ΑΒΓ".lower(), "straße".replace("ß", "ss"))
print("  \u3000 x \u3000".strip(), "a\u2028b".splitlines(), "é".isalpha(), "中".isalpha(), "é".islower())
print(f"{'中':>4}|{'é':^5}|{'😀':*<3}")
print("Ω".lower(), "ω".upper(), "Ωmega".startswith("Ω"), "café".endswith("é"))
