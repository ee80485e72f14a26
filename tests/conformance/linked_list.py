class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self, items):
        self.head = None
        for x in reversed(items):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList([1, 2, 3, 4])
print(list(ll))
ll.reverse()
print(list(ll), sum(ll))
