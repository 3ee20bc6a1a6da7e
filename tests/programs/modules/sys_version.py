# sys.version_info and related constants.
import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 == 2 ** 63, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), sys.float_info.max == 1.7976931348623157e308)
print(sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30))
