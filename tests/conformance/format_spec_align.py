for spec in ["<10", ">10", "^10", "*^10", "=+10", "010", "+", " ", ",", "_"]:
    print(repr(format(12345, spec)))
for spec in [".3f", "10.2f", "<10.1f", "e", ".2e", "g", ".3g", "%", "+.1f"]:
    print(repr(format(1234.5678, spec)))
print(repr(format("ab", "^7")), repr(format("abc", ".2")), repr(format(True, "")), repr(format(-7, "05d")))
