# NoneType operations raise TypeError with CPython's wording.
for expr in ["None + 1", "None[0]", "len(None)", "None.x", "iter(None)", "-None"]:
    try:
        eval(expr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
