#!/usr/bin/env python3
"""Generate or check the expectations of the conformance programs against CPython.

Layout: tests/programs/<area>/<name>.py is one test program. Beside it:
  <name>.out  exact stdout CPython produces (always written, possibly empty)
  <name>.err  only when CPython exits non-zero; two lines:
                exit: N
                <last non-empty line of stderr>   (empty line if stderr was empty)
Files whose name starts with "_" and anything under a "_"-prefixed folder are
helpers, not tests.

Each program runs as `python3 <name>.py` with the current directory set to its
folder, a 60 s timeout, stdin from /dev/null and PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1.

Usage:
  python3 tests/bless.py [FILTER...]          write .out/.err for every test
  python3 tests/bless.py --check [FILTER...]  compare stored expectations with
                                              python3's behaviour; exit 1 and
                                              list mismatches if any differ
FILTER is a substring of the test path relative to tests/programs
(e.g. `syntax/`, `types/int_`).
"""
import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
TIMEOUT = 60


def find_tests(filters):
    tests = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        for f in sorted(filenames):
            if f.endswith(".py") and not f.startswith(("_", ".")):
                rel = os.path.relpath(os.path.join(dirpath, f), ROOT)
                rel = rel.replace(os.sep, "/")
                if not filters or any(flt in rel for flt in filters):
                    tests.append(rel)
    return sorted(tests)


def last_line(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ""


def run(rel, python):
    path = os.path.join(ROOT, rel)
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    try:
        p = subprocess.run(
            [python, os.path.basename(path)],
            cwd=os.path.dirname(path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    out = p.stdout
    err = None
    if p.returncode != 0:
        err = "exit: %d\n%s\n" % (p.returncode, last_line(p.stderr))
    return out, err


def expected(rel):
    base = os.path.join(ROOT, rel[:-3])
    out = err = None
    if os.path.exists(base + ".out"):
        with open(base + ".out", "rb") as f:
            out = f.read()
    if os.path.exists(base + ".err"):
        with open(base + ".err", "r", encoding="utf-8") as f:
            err = f.read()
    return out, err


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if not a.startswith("--")]
    python = os.environ.get("PYTHON", "python3")
    tests = find_tests(filters)
    if not tests:
        print("no tests found", file=sys.stderr)
        return 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = dict(zip(tests, ex.map(lambda t: run(t, python), tests)))
    bad = []
    for rel in tests:
        res = results[rel]
        if res is None:
            bad.append((rel, "timed out under python3"))
            continue
        out, err = res
        base = os.path.join(ROOT, rel[:-3])
        if check:
            eout, eerr = expected(rel)
            if eout is None:
                bad.append((rel, "missing .out"))
            elif eout != out:
                bad.append((rel, "stdout differs from .out"))
            if eerr != err:
                bad.append((rel, "exit/stderr differs: expected %r, python3 gives %r" % (eerr, err)))
        else:
            with open(base + ".out", "wb") as f:
                f.write(out)
            if err is not None:
                with open(base + ".err", "w", encoding="utf-8") as f:
                    f.write(err)
            elif os.path.exists(base + ".err"):
                os.remove(base + ".err")
    # Stale expectation files without a test.
    if not filters:
        for dirpath, dirnames, filenames in os.walk(ROOT):
            dirnames[:] = [d for d in dirnames if not d.startswith(("_", "."))]
            for f in filenames:
                if f.endswith((".out", ".err")) and not f.startswith("_"):
                    py = os.path.join(dirpath, f[:-4] + ".py")
                    if not os.path.exists(py):
                        bad.append((os.path.relpath(os.path.join(dirpath, f), ROOT), "expectation without a test"))
    for rel, why in bad:
        print("MISMATCH %s: %s" % (rel, why))
    verb = "checked" if check else "blessed"
    print("%s %d tests, %d problems" % (verb, len(tests), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
