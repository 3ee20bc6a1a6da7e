# json: decoder error messages and positions, encoder options.
import json
for s in ['{"a" 1}', '{"a":1,}', '[1,]', '[1 2]', '', '1 2', '"ab', '"\\x"', '{1:2}', 'nul']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(e, e.pos)
print(json.dumps({"b": 1, "a": [1.5, None]}, sort_keys=True, separators=(',', ':')))
print(json.dumps([1, {"k": []}], indent=0), json.dumps(-0.0), json.dumps({3: 1, None: 2, 1.5: 3}))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
