from math import *
print(floor(3.5), sqrt(4.0), pi > 3)
