"""Run each scenario in scenarios/ twice -- with CPython's own stdlib and
with gilfree's modules from crates/runtime/lib shadowing the ones the
scenario names -- and require identical stdout.

Scenario files declare what they exercise with a first line
    # modules: name1,name2
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.abspath(os.path.join(HERE, '..', '..', 'crates', 'runtime', 'lib'))

# Imports CPython's versions of modules that CPython's own stdlib needs
# (typing/re need types.DynamicClassAttribute etc.) before putting
# gilfree's lib first and re-importing the shadowed names from it.
RUNNER = r'''
import sys
LIB, mods, script = sys.argv[1], sys.argv[2].split(','), sys.argv[3]
import typing, re, enum, json, collections.abc, dataclasses, contextlib, abc
import textwrap, fractions, statistics, datetime, numbers, warnings, weakref
sys.path.insert(0, LIB)
for m in list(sys.modules):
    if m in mods or any(m.startswith(x + '.') for x in mods):
        del sys.modules[m]
import importlib.util, os
for m in mods:
    if getattr(sys.modules.get(m), '__file__', '').startswith(LIB):
        continue  # already imported from LIB by an earlier one
    # Load from the file explicitly: some (abc) are frozen into CPython,
    # so sys.path alone cannot shadow them.
    base = os.path.join(LIB, *m.split('.'))
    if os.path.isdir(base):
        spec = importlib.util.spec_from_file_location(
            m, os.path.join(base, '__init__.py'),
            submodule_search_locations=[base])
    else:
        spec = importlib.util.spec_from_file_location(m, base + '.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules[m] = mod
    spec.loader.exec_module(mod)
    parent, _, last = m.rpartition('.')
    if parent:
        setattr(sys.modules[parent], last, mod)
    assert mod.__file__.startswith(LIB), mod.__file__
sys.argv = [script]
code = compile(open(script).read(), script, 'exec')
exec(code, {'__name__': '__main__'})
'''


def run(args):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    p = subprocess.run(args, cwd=os.path.join(HERE, 'scenarios'), env=env,
                       capture_output=True, text=True, timeout=120)
    return p.stdout + ('' if p.returncode == 0 else '\nEXIT %d\n%s'
                       % (p.returncode, p.stderr[-2000:]))


def main():
    py = sys.executable
    failures = 0
    names = sorted(f for f in os.listdir(os.path.join(HERE, 'scenarios'))
                   if f.endswith('.py'))
    for name in names:
        with open(os.path.join(HERE, 'scenarios', name)) as f:
            first = f.readline()
        assert first.startswith('# modules:'), name
        mods = first.split(':', 1)[1].strip()
        want = run([py, name])
        got = run([py, '-S', '-I', '-c', RUNNER, LIB, mods, name])
        if got != want:
            failures += 1
            import difflib
            print('MISMATCH scenarios/%s (%s):' % (name, mods))
            for line in list(difflib.unified_diff(
                    want.splitlines(), got.splitlines(), 'cpython',
                    'gilfree-lib', lineterm=''))[:30]:
                print('  ' + line)
    print('scenarios: %s (%d scenarios, %d failures)'
          % ('OK' if not failures else 'FAILED', len(names), failures))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
