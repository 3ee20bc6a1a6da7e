# json dumps/loads round-trip and formatting.
import json
data = {"b": [1, 2.5, None, True], "a": "é", "n": {"x": []}}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False), json.dumps("\n\t\""))
print(json.loads(s) == data, json.loads('[1, "2", {"3": null}]'), json.loads("1e3"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(e)
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps({1: 2}))
