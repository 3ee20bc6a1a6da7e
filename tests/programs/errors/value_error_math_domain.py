# ValueError: math domain error.
import math
math.sqrt(-1)
