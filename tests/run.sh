#!/usr/bin/env bash
# Quick conformance runner (no cargo needed).
#
#   tests/run.sh [GILFREE_BINARY] [FILTER]
#
# GILFREE_BINARY defaults to target/release/gilfree; FILTER is a substring of
# the test path below tests/programs (e.g. "syntax/" or "types/int_").
# Every tests/programs/<area>/<name>.py (skipping files and folders that start
# with "_") runs as `gilfree <name>.py` inside its folder with a 60 s timeout.
# A test passes when stdout equals <name>.out byte for byte, the exit code is 0
# (or the N of "exit: N" in <name>.err) and, when <name>.err exists, the last
# non-empty stderr line equals its second line.
# GILFREE_TEST_MODES=gil,biased runs each program once per mode with
# GILFREE_RC=<mode>. Set VERBOSE=1 to see the first stdout difference.
# Prints pass/fail counts per area and the failing tests; exits 1 on failures.

set -u
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
root="$here/programs"
bin="${1:-$repo/target/release/gilfree}"
filter="${2:-}"
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
if [ ! -x "$bin" ]; then
    echo "gilfree binary not found or not executable: $bin" >&2
    exit 2
fi
modes="${GILFREE_TEST_MODES:-}"
[ -z "$modes" ] && modes="-"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

declare -A pass fail
areas=()
failing=()
total_pass=0
total_fail=0

last_line() { grep -v '^[[:space:]]*$' "$1" | tail -n 1 | sed 's/[[:space:]]*$//'; }

while IFS= read -r test; do
    rel="${test#$root/}"
    case "/$rel" in */_*|*/.*) continue ;; esac
    case "$rel" in *"$filter"*) ;; *) continue ;; esac
    area="${rel%%/*}"
    if [ -z "${pass[$area]+x}" ]; then pass[$area]=0; fail[$area]=0; areas+=("$area"); fi
    dir="$(dirname "$test")"
    name="$(basename "$test" .py)"
    expected_exit=0
    expected_err=""
    if [ -f "$dir/$name.err" ]; then
        expected_exit="$(sed -n '1s/^exit: *//p' "$dir/$name.err")"
        expected_err="$(sed -n '2p' "$dir/$name.err" | sed 's/[[:space:]]*$//')"
    fi
    IFS=',' read -r -a mode_list <<< "$modes"
    ok=1
    why=""
    for mode in "${mode_list[@]}"; do
        if [ "$mode" = "-" ]; then
            (cd "$dir" && env -u GILFREE_RC PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
                timeout -k 5 60 "$bin" "$name.py" <"/dev/null" >"$tmp/out" 2>"$tmp/err")
        else
            (cd "$dir" && env GILFREE_RC="$mode" PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
                timeout -k 5 60 "$bin" "$name.py" <"/dev/null" >"$tmp/out" 2>"$tmp/err")
        fi
        code=$?
        tag=""
        [ "$mode" != "-" ] && tag="[$mode] "
        if [ "$code" = 124 ] || [ "$code" = 137 ]; then
            ok=0; why="$why ${tag}timeout"; continue
        fi
        if [ "$code" != "$expected_exit" ]; then
            ok=0; why="$why ${tag}exit=$code(want $expected_exit)"
        fi
        if [ -f "$dir/$name.err" ] && [ "$(last_line "$tmp/err")" != "$expected_err" ]; then
            ok=0; why="$why ${tag}stderr"
        fi
        if ! cmp -s "$tmp/out" "$dir/$name.out"; then
            ok=0; why="$why ${tag}stdout"
            if [ "${VERBOSE:-0}" = 1 ]; then
                why="$why
$(diff "$dir/$name.out" "$tmp/out" | head -n 6 | sed 's/^/      /')"
            fi
        fi
    done
    if [ "$ok" = 1 ]; then
        pass[$area]=$((pass[$area] + 1)); total_pass=$((total_pass + 1))
    else
        fail[$area]=$((fail[$area] + 1)); total_fail=$((total_fail + 1))
        failing+=("$rel:$why")
    fi
done < <(find "$root" -name '*.py' | sort)

printf '%-10s %6s %6s\n' area pass fail
for area in "${areas[@]}"; do
    printf '%-10s %6d %6d\n' "$area" "${pass[$area]}" "${fail[$area]}"
done
printf '%-10s %6d %6d\n' total "$total_pass" "$total_fail"
if [ "${#failing[@]}" -gt 0 ]; then
    echo
    echo "failing:"
    for f in "${failing[@]}"; do echo "  $f"; done
    exit 1
fi
exit 0
