import sys
print("out1")
print("err line", file=sys.stderr)
sys.stderr.write("raw err\n")
print("out2")
