# OverflowError converting a huge int to float.
float(10 ** 400)
