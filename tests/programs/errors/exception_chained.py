# Uncaught chained exception: last line is the final exception.
try:
    1 / 0
except ZeroDivisionError as e:
    raise ValueError("conversion failed") from e
