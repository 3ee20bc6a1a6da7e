# An uncaught ImportError for a missing name in a module without a file.
import _helper_mod
from sys import not_there_at_all
