#!/usr/bin/env python3
"""Overhead of an exec stage: an echoing Python plugin over 10,000 generated
documents, next to the in-process `passthrough` on the same input, interleaved.

    python3 Benchmarks/exec/bench_exec.py [--rounds 3]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "Benchmarks" / "work"
BIN = ROOT / ".build" / "release" / "textpipe"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    docs = WORK / "docs-10k.jsonl"
    if not docs.exists():
        with docs.open("w") as f:
            subprocess.run([sys.executable, str(ROOT / "Benchmarks/core/generate.py"), "10000"], stdout=f, check=True)
    mb = docs.stat().st_size / 1e6
    cases = {}
    for jobs in (1, 2):
        cases[f"exec echo (Python), --jobs {jobs}"] = ["Benchmarks/exec/echo.yaml", jobs]
        cases[f"passthrough (in-process), --jobs {jobs}"] = ["pipelines/passthrough.yaml", jobs]
    times = {k: [] for k in cases}
    for _ in range(args.rounds):
        for name, (pipeline, jobs) in cases.items():
            cmd = [str(BIN), "run", pipeline, str(docs), "-o", str(WORK / "exec-out"), "--overwrite",
                   "--no-intermediate", "--quiet", "-j", str(jobs)]
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True)
            times[name].append(time.perf_counter() - t)
    rows = []
    print("| case | docs/s | MB/s |")
    print("|---|---:|---:|")
    for name, samples in times.items():
        s = statistics.median(samples)
        rows.append({"case": name, "median_seconds": round(s, 3), "documents_per_second": round(10000 / s),
                     "mb_per_second": round(mb / s, 1)})
        print(f"| {name} | {10000 / s:,.0f} | {mb / s:.1f} |")
    (ROOT / "Benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "Benchmarks" / "results" / "exec.json").write_text(json.dumps({"rounds": args.rounds, "mb_in": round(mb, 1), "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
