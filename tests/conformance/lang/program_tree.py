# small program: binary search tree with recursion, generators for traversal and __iter__/__len__/__contains__
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for it in items:
            self.add(it)
    def add(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            cur = self.root
            while True:
                if key == cur.key:
                    return
                side = "left" if key < cur.key else "right"
                nxt = getattr(cur, side)
                if nxt is None:
                    setattr(cur, side, Node(key))
                    break
                cur = nxt
        self.size += 1
    def _walk(self, node):
        if node:
            yield from self._walk(node.left)
            yield node.key
            yield from self._walk(node.right)
    def __iter__(self):
        return self._walk(self.root)
    def __len__(self):
        return self.size
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def height(self, node=None, top=True):
        node = self.root if top else node
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))
t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(t), len(t), 65 in t, 66 in t, t.height())
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), "fox" in words)
print(sum(t), max(t), sorted(t, reverse=True)[:3], [k for k in t if k % 20 == 0])
