import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
nodes = []
for i in range(1000):
    a = Node(i); b = Node(-i)
    a.next = b; b.next = a
    if i % 100 == 0:
        nodes.append(a)
gc.collect()
print(len(nodes), nodes[3].next.next.v, sum(n.v for n in nodes))
