print("a\tb", "line\\n", "\x41\u00e9", r"raw\n", "multi"
      "part")
s = """triple
quoted"""
print(s, len(s))
print("é".upper(), "ß".upper(), "İ".lower() == "i̇")
