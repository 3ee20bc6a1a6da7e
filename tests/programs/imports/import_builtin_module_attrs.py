# Built-in modules imported under aliases share identity.
import math as m1
import math as m2
from math import sqrt
print(m1 is m2, sqrt is m1.sqrt, m1.__name__)
