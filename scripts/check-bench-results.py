#!/usr/bin/env python3
"""Fail (exit 1) unless every run in a gilfree-bench results.json validated its output.

Usage: scripts/check-bench-results.py OUT_DIR/results.json
Used by .ci/run on the quick-mode smoke test: it checks correctness, never timing.
"""
import json
import sys

results = json.load(open(sys.argv[1]))
bad = [r for r in results["runs"] if not r["ok"]]
for r in bad:
    print(f"FAILED: {r['engine']} {r['program']} size={r['size']} threads={r['threads']}: {r['failure']}")
print(f"{len(results['runs']) - len(bad)}/{len(results['runs'])} benchmark runs validated")
sys.exit(1 if bad else 0)
