# The global-name cache of code objects: rebinding a global, shadowing a
# builtin with a global and deleting the global again, and names defined
# after a function was first called.
def helper():
    return "first"


def call_helper():
    return helper()


for _ in range(3):
    print(call_helper())


def helper():  # noqa: F811 - rebinding on purpose
    return "second"


print(call_helper())


def use_len(x):
    return len(x)


print(use_len([1, 2, 3]))
len = lambda x: "shadowed"  # noqa: E731
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))


def late_user():
    return late_name


try:
    late_user()
except NameError as e:
    print("NameError:", e)
late_name = "defined later"
print(late_user())
globals()["late_name"] = "changed through globals()"
print(late_user())
import builtins
builtins.extra_builtin = "from builtins"


def read_extra():
    return extra_builtin


print(read_extra())
builtins.extra_builtin = "builtins changed"
print(read_extra())
