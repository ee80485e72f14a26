#!/usr/bin/env python3
"""Run the interpreter workloads under `wraith` and `python3` in one go and print the ratios.

Usage (from the repository root):
    cargo build --release -p wraith-cli
    python3 benches/python/compare.py [--runs 3] [--wraith target/release/wraith]

Each program runs `--runs` times under each interpreter; the best wall-clock time counts.
The outputs of the two interpreters must match, or the workload is reported as a mismatch.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["loops.py", "calls.py", "attrs.py", "containers.py", "classes.py", "weakrefs.py"]


def best_of(cmd, runs):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, (p.stdout + p.stderr).strip().splitlines()[-1:] or ["failed"]
        best = dt if best is None else min(best, dt)
        out = p.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--wraith", default=os.path.join("target", "release", "wraith"))
    args = ap.parse_args()
    print(f"{'program':<16}{'python3 s':>11}{'wraith s':>11}{'wraith/python3':>16}  output")
    for name in PROGRAMS:
        path = os.path.join(HERE, name)
        tp, op = best_of([sys.executable, path], args.runs)
        tw, ow = best_of([args.wraith, path], args.runs)
        if tw is None:
            print(f"{name:<16}{tp:>11.3f}{'error':>11}{'-':>16}  {ow[0]}")
            continue
        verdict = "same" if op == ow else "MISMATCH"
        print(f"{name:<16}{tp:>11.3f}{tw:>11.3f}{tw / tp:>15.2f}x  {verdict}")


if __name__ == "__main__":
    main()
