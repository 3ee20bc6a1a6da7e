#!/bin/sh
# Run every comparison script against the host's CPython 3.11.
# Usage: tests/stdlib/run_all.sh   (exit status is non-zero if any fails)
cd "$(dirname "$0")" || exit 1
PY=${PYTHON:-python3}
status=0
for script in compare_*.py; do
    "$PY" "$script" || status=1
done
"$PY" -S -I shadow_import.py || status=1
exit $status
