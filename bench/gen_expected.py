"""Regenerate bench/programs/expected/<name>.<size>.txt with python3 (the reference).

Usage: python3 bench/gen_expected.py [--quick-only] [NAME ...]

Every program runs once per size in the manifest; threaded programs also run with two
threads and must print exactly what they print with one, which checks that their
output does not depend on scheduling.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def run(name, size, threads):
    cmd = [sys.executable, os.path.join(PROGRAMS, name + ".py"), str(size)]
    if threads is not None:
        cmd.append(str(threads))
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return done.stdout


def main(argv):
    quick_only = "--quick-only" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    with open(os.path.join(PROGRAMS, "manifest.json")) as f:
        manifest = json.load(f)
    for prog in manifest["programs"]:
        name = prog["name"]
        if wanted and name not in wanted:
            continue
        sizes = [prog["quick"]] if quick_only else [prog["quick"], prog["full"]]
        for size in sizes:
            out = run(name, size, 1 if prog["threaded"] else None)
            if prog["threaded"]:
                other = run(name, size, 2)
                if other != out:
                    sys.exit(f"{name} {size}: output differs between 1 and 2 threads")
            path = os.path.join(PROGRAMS, "expected", f"{name}.{size}.txt")
            with open(path, "w") as f:
                f.write(out)
            print(f"{name} {size}: {len(out.splitlines())} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
