s = "héllo wörld"
print(len(s), s[1], s[-1], s[::-1], [c for c in s if c in "éö"], s.upper())
print(list("abc"), "ñ".isalpha(), ord("é"), chr(233))
