# Module attributes: __dict__, __package__, __spec__.name, dir().
import _helper_mod, _pkg
print(sorted(k for k in vars(_helper_mod) if not k.startswith("__")))
print(repr(_helper_mod.__package__), _pkg.__package__, _pkg.__spec__.name, _pkg.__path__ is not None)
print("greet" in dir(_helper_mod))
