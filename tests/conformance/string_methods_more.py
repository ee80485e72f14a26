s = "Hello World"
print(s.lower().count("o"), s.index("World"), s[6:].upper(), s.replace("l", "L", 2), s.split("o"))
print("  x ".strip() == "x", "abc".removeprefix("a"), "abc".removesuffix("c"), "a1".isalnum(), "Ab".isupper())
print("{:*^11}".format("mid"), "tab\tsep".expandtabs() if hasattr("", "expandtabs") else "tab     sep")
