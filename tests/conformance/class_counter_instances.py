class Registry:
    items = []
    def __init__(self, name):
        self.name = name
        Registry.items.append(name)
    def __len__(self):
        return len(self.name)
for n in ["a", "bb", "ccc"]:
    Registry(n)
print(Registry.items, len(Registry("dddd")), len(Registry.items))
