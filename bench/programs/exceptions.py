"""Exception-heavy control flow: custom exception hierarchies raised several frames
deep and caught by base class, try/except/else/finally, raise-from chaining, re-raise,
context managers that swallow errors, and built-in errors from lookups and parsing."""
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    def __init__(self, value, reason):
        super().__init__(value, reason)
        self.value = value
        self.reason = reason


class Suppress:
    def __init__(self):
        self.swallowed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, AppError):
            self.swallowed += 1
            return True
        return False


TABLE = {i: i * i for i in range(0, 200, 3)}


def lookup(key):
    try:
        return TABLE[key]
    except KeyError:
        raise NotFound(key) from None


def validate(v):
    if v % 7 == 0:
        raise Invalid(v, "multiple of seven")
    return lookup(v)


def parse(token):
    try:
        return int(token)
    except ValueError as e:
        raise Invalid(token, "not a number") from e


def process(i):
    token = str(i % 200) if i % 5 else "x" + str(i)
    return validate(parse(token))


def main(n):
    ok = not_found = invalid = chained = finals = elses = 0
    total = 0
    guard = Suppress()
    for i in range(n):
        try:
            v = process(i)
        except NotFound as e:
            not_found += 1
            total += e.key
        except Invalid as e:
            invalid += 1
            if e.__cause__ is not None:
                chained += 1
        else:
            ok += 1
            total += v
            elses += 1
        finally:
            finals += 1
        with guard:
            if i & 1:
                raise AppError(i)
        try:
            try:
                [][i]
            except IndexError:
                raise
        except LookupError:
            total += 1
    print(f"ok {ok} not_found {not_found} invalid {invalid} chained {chained}")
    print(f"finally {finals} else {elses} swallowed {guard.swallowed} total {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
