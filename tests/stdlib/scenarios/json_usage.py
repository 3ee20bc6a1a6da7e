# modules: json
import json, collections
for s in ["\"\\x\"", "\"ab", "\"a\nb\"", "\"\\u12\"", "\"\\ud800\"", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\":1 \"b\"}", "", "  ", "1 2", "[", "{", "{\"a\"", "nul", "-", "01", "1.", "1e", "[1,2", "\"\\", "\ufeff1", "{1:2}", "NaN", "-Infinity", "1.5e3", "-0", "123456789012345678901234567890", "\"\\ud83d\\ude00\"", ' {"a" : [1, 2.5, true, false, null, "x\\ty"], "b": {}}\n', "\n\n  [1,\n x]", "-1.5E-3", "1E400"]:
    try: print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), "E", e, e.pos, e.lineno, e.colno)
data = {"b": [1, 2.5, None, True, {"z": []}], "a": "é\u2028😀\x01", "n": {"x": [], "y": {}}, 3: 4, 1.5: 2, None: 0, False: 1}
print(json.dumps(data))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps(data, indent="\t", separators=(',', '='), sort_keys=False))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(float('nan')))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(',', ':')))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E), json.dumps(set([1]), default=list))
try: json.dumps(object())
except TypeError as e: print(e)
try: json.dumps({(1,): 2})
except TypeError as e: print(e)
print(json.dumps({(1,): 2, "a": 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps(float('inf'), allow_nan=False)
except ValueError as e: print(e)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d.items())))
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a":"\xc3\xa9"}')))
try: json.loads(5)
except TypeError as e: print(e)
print(json.JSONDecoder().raw_decode('[1] xyz'))
import io
f = io.StringIO(); json.dump({"k": [1]}, f, indent=1); print(f.getvalue()); f.seek(0); print(json.load(f))
class MyInt(int): pass
class MyFloat(float): pass
print(json.dumps([MyInt(5), MyFloat(1.5), True, "\"\\/"]))
print(json.dumps("\x7f\x80\ud800"))
