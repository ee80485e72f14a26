try:
    raise SystemExit(0)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__)
