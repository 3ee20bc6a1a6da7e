# int(), float() and complex() constructors: strings, bases, special values, errors.
for s in ['0x1f', '0o17', '0b101', '1_000', ' 42 ', '-0', '00', '0_0', '+7', '١٢٣']:
    print(repr(s), int(s, 0) if s.strip().startswith(('0x', '0o', '0b')) else int(s))
for s, b in [('ff', 16), ('0xff', 16), ('z', 36), ('101', 2), ('0b_1', 0), ('777', 8)]:
    print(s, b, int(s, b))
for s, b in [('08', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('', 10), ('12a', 10), ('2', 2)]:
    try:
        int(s, b)
    except ValueError as e:
        print(e)
for s in ['1.5', '  -2.25e3 ', 'inf', '-Infinity', 'nan', '1_000.5', '.5', '5.', '1e-400', '1e400']:
    print(repr(s), float(s))
for s in ['1__0.5', '_1.0', '1.0_', 'abc', '', '1e', '--1', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print(e)
for s in ['1+2j', '(1-2j)', ' 3j ', '-j', 'j', '1e3+1e-3j', '(5)', '-1.5']:
    print(repr(s), complex(s))
for args in [(1, 2), (1.5,), (), (1j, 1j), (2, 1j), (complex(1, 2), 3)]:
    print(args, complex(*args))
for bad in ['1+', '1 + 2j', 'x', '(1+2j']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(-1j), repr(complex(1e16, -1e-5)))
print(int(3.99), int(-3.99), int(1e20), int(True), float(10 ** 20), float(-5))
class I:
    def __index__(self):
        return 7
print(int(I()), float(I()), complex(I()))
