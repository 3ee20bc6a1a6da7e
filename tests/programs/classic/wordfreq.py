"""Classic program test (copy of bench/programs/text.py at size 3000).

Text processing: generate a deterministic corpus from syllables, then count words
with a dict, rank them, build strings by joining and concatenation, split and rejoin
lines, and use the common str methods. Measures string creation, hashing and dicts."""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "pe", "do", "an", "el"]


def make_corpus(words, seed):
    x = seed
    out = []
    line = []
    for i in range(words):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts = 1 + (x >> 8) % 3
        word = ""
        y = x >> 16
        for _ in range(parts):
            word += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        if (x >> 20) % 11 == 0:
            word = word.capitalize()
        line.append(word)
        if len(line) == 12:
            out.append(" ".join(line) + ".")
            line = []
    if line:
        out.append(" ".join(line) + ".")
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.rstrip(".").split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main(n):
    text = make_corpus(n, 12345)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ", ".join(f"{w}={c}" for w, c in ranked[:5])
    lines = text.split("\n")
    shouted = [ln.upper().replace("KA", "K-A") for ln in lines if ln.startswith(("Ka", "ka", "Lo"))]
    longest = max(text.split(), key=len).rstrip(".")
    titled = "|".join(w.title() for w, _ in ranked[:3])
    pieces = []
    for ln in lines[:2000]:
        words = ln.split(" ")
        words.reverse()
        pieces.append("-".join(words).strip("."))
    joined = "/".join(pieces)
    print(f"words {n} distinct {len(counts)} lines {len(lines)}")
    print(f"top {top}")
    print(f"shouted lines {len(shouted)} longest {longest} {titled}")
    print(f"finds {text.count('kaka')} {text.find('mimimi')} {joined.rfind('-')}")
    print(f"checksum {checksum(joined[:50000])}")


main(3000)
