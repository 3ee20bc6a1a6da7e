# except* with unmatched exceptions re-raised as a group.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("handled", e.exceptions)
except* KeyError as e:
    print("outer handled", e.exceptions)
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, e.exceptions)
