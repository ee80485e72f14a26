# gc.callbacks: called with ("start", info) and ("stop", info) around gc.collect().
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
print(log)
