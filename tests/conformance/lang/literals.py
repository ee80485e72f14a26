# numeric and string literal forms: underscores, bases, exponents, leading/trailing dots, escapes
print(1_000, 0x_FF, 0o7_7, 0b_1010, 0XAB, 0O17, 0B11, 00, 0_0)
print(1., .5, 1.5e3, 1E-3, 1_0.2_5, 1e0, 0e0, 3.14e+2, 1_000.000_1)
print(10 ** 0, 1e309, -1e309, 1e308, 0.1e1, 5e-1)
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\u00e9" == "\xe9")
print("a\
b", "tab:\t:", "bs:\\:", 'sq:\':', "dq:\":", "\0" == "\x00", len("\n\r\t\a\b\f\v"))
print(r"\n\t", r"C:\path", R"raw", len(r"\\"), r"\"" == "\\\"")
print('''single triple''', """double "quoted" triple""", '''it's''')
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print("unicode: é ñ 中 😀", len("é"), len("😀"), "é" == "\xe9", "😀" == "\U0001f600")
print(True, False, None, ..., [], (), {}, (1,), [1,], {1: 2,}, {1,})
print(type(1e3).__name__, type(1_0).__name__, type(0x10).__name__, type("").__name__)
