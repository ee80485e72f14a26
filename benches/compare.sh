#!/usr/bin/env bash
# Side-by-side run of the issue-2 workloads: Wraith, bare gc-arena, Rc/Weak, boa_gc and CPython
# (../shared/bench/cpython_weakref.py, run by the compare binary), printed as a Markdown table.
#
#   benches/compare.sh                    # N = 1,000,000, 10M-object heap
#   WRAITH_BENCH_N=100000 WRAITH_BENCH_BIG_N=0 benches/compare.sh    # quick
#
# On a shared machine, WRAITH_BENCH_QUIET_LOAD=1.0 waits (up to 10 minutes) for the 1-minute
# load average to drop below that value before measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p wraith-benches --example compare
if [[ -n "${WRAITH_BENCH_QUIET_LOAD:-}" ]]; then
    for _ in $(seq 120); do
        load=$(cut -d' ' -f1 /proc/loadavg)
        if awk -v l="$load" -v q="$WRAITH_BENCH_QUIET_LOAD" 'BEGIN { exit !(l < q) }'; then
            break
        fi
        sleep 5
    done
fi
exec "${CARGO_TARGET_DIR:-target}/release/examples/compare"
