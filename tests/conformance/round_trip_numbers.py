for v in [0.1, 0.5, 1.25, 100.0, 1e21, 1.5e-7, 123456789.123, 2.0 ** 60]:
    print(v, repr(v), float(repr(v)) == v)
