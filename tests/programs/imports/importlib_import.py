# importlib.import_module and __import__.
import importlib
m = importlib.import_module("_pkg.sub_a")
print(m.__name__, m.fa())
top = __import__("_pkg.sub_a")
print(top.__name__)
rel = importlib.import_module(".sub_a", "_pkg")
print(rel is m)
