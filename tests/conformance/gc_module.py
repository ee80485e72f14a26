import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.collect()
x = [list(range(100)) for _ in range(100)]
del x
gc.collect()
print("ok")
