# Attribute reads and writes, method calls.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

def main(n):
    p = Point(0, 0)
    for i in range(n):
        p.move(1, -1)
        if p.x > 1000:
            p.x = p.y = 0
    return p.x + p.y

print(main(5_000_000))
