for v in [0, 1, -1, 255, -255, 2 ** 40]:
    print(v, hex(v), oct(v), bin(v), f"{v:x}", f"{v:o}", f"{v:b}", f"{v:#x}")
