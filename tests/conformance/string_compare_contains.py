print("abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "a" in "cat", "dog" not in "cat")
print(sorted(["banana", "Apple", "cherry"]), "x".join("abc"), "ab" * 0)
try:
    1 in "abc"
except TypeError as e:
    print(e)
