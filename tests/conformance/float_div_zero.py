try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
print(1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3)
