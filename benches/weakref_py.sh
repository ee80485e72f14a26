#!/usr/bin/env bash
# ../shared/bench/cpython_weakref.py, unmodified, under wraith and python3 in one go: seconds per
# workload and the speed ratio (python3 time / wraith time; above 1 means wraith is faster).
#
#   benches/weakref_py.sh [N]        # default N = 100000
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
BENCH="${WRAITH_WEAKREF_BENCH:-../shared/bench/cpython_weakref.py}"
cargo build --release -q -p wraith-cli
WRAITH="${CARGO_TARGET_DIR:-target}/release/wraith"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$WRAITH" "$BENCH" "$N" > "$tmp/wraith.tsv"
python3 "$BENCH" "$N" > "$tmp/python.tsv"
printf '| workload | N | python3 s | wraith s | ratio |\n|---|---:|---:|---:|---:|\n'
awk -F'\t' 'NR == FNR { py[$1] = $3; next }
    ($1 in py) { r = ($3 > 0) ? py[$1] / $3 : 0;
                 printf "| %s | %s | %.4f | %.4f | %.2f× |\n", $1, $2, py[$1], $3, r }' \
    "$tmp/python.tsv" "$tmp/wraith.tsv"
