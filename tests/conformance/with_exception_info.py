class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et.__name__ if et else None, str(ev) if ev else None)
        return True
t = Tracker()
with t:
    1 / 0
print(t.info)
with t:
    pass
print(t.info)
