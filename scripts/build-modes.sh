#!/usr/bin/env bash
# Build gilfree once per reference-counting mode, side by side in target/release:
#   gilfree-gil, gilfree-gil-atomic, gilfree-atomic, gilfree-biased, and gilfree (= biased).
# `gilfree -X rc=MODE` (or GILFREE_RC=MODE) runs the binary of that mode.
# Only the runtime and the binary are rebuilt per mode (GILFREE_MODE is read by the
# runtime's build script), so each extra mode costs one incremental release build.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${PROFILE:-release}
flag=--release
[ "$profile" = debug ] && flag=
for mode in gil gil-atomic atomic biased; do
    echo "== building mode $mode" >&2
    GILFREE_MODE=$mode cargo build $flag -p gilfree
    cp "target/$profile/gilfree" "target/$profile/gilfree-$mode"
done
