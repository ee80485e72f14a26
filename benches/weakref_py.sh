#!/usr/bin/env bash
# ../shared/bench/cpython_weakref.py, unmodified, under wraith and python3 in one go: seconds per
# workload (the best of RUNS runs of each system, interleaved) and the speed ratio (python3 time /
# wraith time; above 1 means wraith is faster).
#
#   benches/weakref_py.sh [N] [RUNS]     # defaults: N = 100000, RUNS = 3
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
RUNS="${2:-3}"
BENCH="${WRAITH_WEAKREF_BENCH:-../shared/bench/cpython_weakref.py}"
cargo build --release -q -p wraith-cli
WRAITH="${CARGO_TARGET_DIR:-target}/release/wraith"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$RUNS"); do
    "$WRAITH" "$BENCH" "$N" >> "$tmp/wraith.tsv"
    python3 "$BENCH" "$N" >> "$tmp/python.tsv"
done
printf '| workload | N | python3 s | wraith s | ratio |\n|---|---:|---:|---:|---:|\n'
awk -F'\t' 'NR == FNR { if (!($1 in py) || $3 < py[$1]) py[$1] = $3; next }
    ($1 in py) { if (!($1 in wr)) { order[++n] = $1; count[$1] = $2 }
                 if (!($1 in wr) || $3 < wr[$1]) wr[$1] = $3 }
    END { for (i = 1; i <= n; i++) { k = order[i]; r = (wr[k] > 0) ? py[k] / wr[k] : 0;
          printf "| %s | %s | %.4f | %.4f | %.2f× |\n", k, count[k], py[k], wr[k], r } }' \
    "$tmp/python.tsv" "$tmp/wraith.tsv"
