# Stdlib modules import and report their names.
import os, sys, math, collections, itertools, functools, json
import os.path
print([m.__name__ for m in (os, sys, math, collections, itertools, functools, json)], os.path.__name__ in ("posixpath", "ntpath"))
from collections import abc
print(abc.__name__)
