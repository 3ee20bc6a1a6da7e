#!/usr/bin/env bash
# Model-check biased reference counting (crates/runtime/src/object/{rc,brc}.rs)
# with loom: every interleaving of 2-3 threads sharing an object, up to a
# preemption bound (crates/runtime/tests/loom_biased.rs says what is modelled).
# Builds with `--cfg gilfree_loom` in its own target dir (dev profile) so that normal
# builds are not invalidated. LOOM_MAX_PREEMPTIONS (default 4) bounds the search
# for the three-thread models (two-thread models are explored exhaustively).
# The cfg is not the customary `loom`: RUSTFLAGS reach every crate, and a
# dependency of the parser (char_str) has `cfg(loom)` code that does not build.
set -euo pipefail
cd "$(dirname "$0")/.."
export LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-4}"
RUSTFLAGS="--cfg gilfree_loom" GILFREE_MODE=biased \
    cargo test -p gilfree-runtime --test loom_biased --target-dir target/loom -- "$@"
