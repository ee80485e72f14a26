# syntax error: iterable unpacking after keyword-argument unpacking in a call
print("this line never runs")
def f(*a, **k):
    return a, k
args = [1]
kw = {"k": 2}
f(**kw, *args)
x = 1
