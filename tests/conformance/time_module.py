import time
t0 = time.perf_counter()
time.sleep(0.01)
t1 = time.perf_counter()
print(t1 > t0, t1 - t0 >= 0.005, time.time() > 1600000000)
