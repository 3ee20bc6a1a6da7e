# re: one compiled Pattern shared by threads; each thread checks its own results.
import re
import threading
pat = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
errors = []

def work(n):
    text = ' '.join('k%d_%d=%d' % (n, i, i * n) for i in range(300))
    for _ in range(20):
        got = [(m['k'], int(m['v'])) for m in pat.finditer(text)]
        if got != [('k%d_%d' % (n, i), i * n) for i in range(300)]:
            errors.append(n)
        if pat.sub(r'\g<v>', text).split() != [str(i * n) for i in range(300)]:
            errors.append(n)

threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors', errors)
shared = pat.finditer('a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 ' * 50)
seen = []
lock = threading.Lock()

def drain():
    for m in shared:
        with lock:
            seen.append(m.span())

ts = [threading.Thread(target=drain) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), len(set(seen)))
