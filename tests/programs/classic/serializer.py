"""Classic program test (copy of bench/programs/serializer.py at size 3).

A JSON-like serializer written from scratch: an encoder for dict, list, str, int,
float, bool and None with string escaping, and a recursive-descent decoder. Builds a
nested document, round-trips it repeatedly and checks equality. Measures string
building, character scanning and dict/list construction."""

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def encode_str(s):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(encode_str(k) + ": " + encode(v) for k, v in value.items()) + "}"
    raise TypeError("cannot encode " + type(value).__name__)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, what):
        raise ValueError(f"{what} at {self.pos}")

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        out = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            out[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        out = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        text = self.text
        pos = self.pos + 1
        parts = []
        start = pos
        while True:
            ch = text[pos]
            if ch == '"':
                parts.append(text[start:pos])
                self.pos = pos + 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:pos])
                code = text[pos + 1]
                if code == "u":
                    parts.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    parts.append(UNESCAPES[code])
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        if pos == start:
            self.error("unexpected character")
        self.pos = pos
        return float(text[start:pos]) if is_float else int(text[start:pos])


def decode(text):
    d = Decoder(text)
    v = d.value()
    d.skip_ws()
    if d.pos != len(text):
        d.error("trailing data")
    return v


def make_document(seed, items):
    x = seed
    people = []
    for i in range(items):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        people.append({
            "id": i,
            "name": "user\t" + str(x % 1000) + ' "q"',
            "score": (x % 4000) / 8,
            "active": x % 3 == 0,
            "manager": None if i % 4 else i - 1,
            "tags": ["t" + str(x % 7), "line\nbreak", "\x01ctl"][: 1 + x % 3],
            "nested": {"depth": [1, [2, [3, {"deep": -x % 97}]]], "neg": -(x % 1000)},
        })
    return {"version": 3, "people": people, "meta": {"empty": {}, "none": [], "pi": 3.25}}


def checksum(s):
    h = 0
    for i in range(0, len(s), 7):
        h = (h * 33 + ord(s[i])) % 1000000007
    return h


def main(n):
    doc = make_document(7, 40)
    text = encode(doc)
    rounds_ok = 0
    for _ in range(n):
        back = decode(text)
        if back == doc:
            rounds_ok += 1
        text = encode(back)
    print(f"rounds {n} equal {rounds_ok} length {len(text)}")
    print(f"checksum {checksum(text)}")
    print(text[:120])


main(3)
