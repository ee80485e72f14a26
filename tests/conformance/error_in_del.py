class D:
    def __del__(self):
        pass
d = D()
print("fine")
