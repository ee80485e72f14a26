# small program: linked list class with dunders (__len__, __iter__, __getitem__, __repr__, __eq__, __add__)
class Cell:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, value):
        self.head = Cell(value, self.head)
        self._len += 1
    def __len__(self):
        return self._len
    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next
    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], list(ll), 2 in ll, 9 in ll)
print(ll + LinkedList("ab"), ll == LinkedList([0, 1, 2, 3]), ll == [0, 1, 2, 3], ll != LinkedList())
print(ll.reverse(), sum(ll), sorted(ll), LinkedList(), bool(LinkedList()), bool(ll))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = ll
print(a, b, rest)
