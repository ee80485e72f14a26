#!/bin/sh
# Regenerate the expected outputs of every conformance script with CPython 3.11 (python3).
# For each NAME.py: NAME.out (stdout), NAME.err (the stderr lines that matter: "Exception
# ignored in:" lines and the last line of each traceback), NAME.code (exit status).
# Usage: tests/conformance/regen.sh [NAME.py ...]   (default: all scripts, subdirectories too)
set -u
cd "$(dirname "$0")"
filter() {
    # Keep "Exception ignored in:" lines and exception lines (column 0, not traceback chrome).
    sed -E 's/0x[0-9a-f]+/0xADDR/g' | grep -E '^(Exception ignored in:|[A-Za-z_][A-Za-z0-9_.]*(: .*)?$)' | grep -vE '^(Traceback \(most recent call last\):|During handling|The above exception)' || true
}
if [ "$#" -eq 0 ]; then set -- $(find . -name "*.py" | sed "s|^\./||" | sort); fi
for f in "$@"; do
    n="${f%.py}"
    (cd "$(dirname "$f")" && python3 "$(basename "$f")") > "$n.out" 2> "$n.stderr.tmp" < /dev/null
    echo $? > "$n.code"
    filter < "$n.stderr.tmp" > "$n.err"
    rm -f "$n.stderr.tmp"
    sed -i -E 's/0x[0-9a-f]+/0xADDR/g' "$n.out"
done
