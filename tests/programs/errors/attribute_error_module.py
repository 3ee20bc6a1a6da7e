# AttributeError on a module.
import math
math.not_a_function
