# small program: generator-based coroutine pipeline (send), a state machine with dict dispatch
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 5]])
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def collector(out):
    while True:
        out.append((yield))
found = []
sink = collector(found)
next(sink)
g = grep("py", sink)
next(g)
for line in ["python", "rust", "pypy", "go", "cpython"]:
    g.send(line)
print(found)
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
for event in ["push", "coin", "coin", "push", "push", "kick"]:
    try:
        new = TRANSITIONS[(state, event)]
    except KeyError as e:
        print("bad event", e)
        continue
    print(f"{state:>8} --{event}--> {new}")
    state = new
