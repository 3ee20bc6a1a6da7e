# zip(strict=True) names the first argument that is shorter or longer.
def err(f):
    try:
        print(f())
    except ValueError as e:
        print(e)
err(lambda: list(zip([1, 2], [1], strict=True)))
err(lambda: list(zip([1], [1, 2], strict=True)))
err(lambda: list(zip([1], [1], [1, 2], strict=True)))
err(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
err(lambda: list(zip([1], [1], strict=True)))
