#!/usr/bin/env python3
"""Runner benchmark: a pass-through pipeline over generated JSONL documents.

Measures, with the release binary, interleaved over several rounds:
  - documents/s and MB/s of JSONL in and out, --jobs 1 and --jobs 2;
  - peak RSS (from /usr/bin/time -v) for 10k and 50k documents, which must stay flat;
  - the cost of the runner alone: JSONL read + parse + serialise + write (`passthrough`)
    next to a bare `cat` of the same file, as the floor any tool pays for the I/O.

    python3 Benchmarks/core/bench_runner.py [--rounds 5] [--docs 10000,50000]

Writes Benchmarks/results/core.json and prints a Markdown table.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "Benchmarks" / "work"
BIN = ROOT / ".build" / "release" / "textpipe"


def generate(n: int) -> Path:
    path = WORK / f"docs-{n // 1000}k.jsonl"
    if not path.exists():
        with path.open("w") as f:
            subprocess.run([sys.executable, str(ROOT / "Benchmarks/core/generate.py"), str(n)], stdout=f, check=True)
    return path


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in KB of one run."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return elapsed, rss


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--docs", default="10000,50000")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in args.docs.split(",")]
    inputs = {n: generate(n) for n in sizes}
    out = WORK / "runner-out"
    pipeline = ROOT / "pipelines" / "passthrough.yaml"

    cases = []
    for n in sizes:
        for jobs in (1, 2):
            cases.append((f"passthrough {n} docs, --jobs {jobs}", n, jobs,
                          [str(BIN), "run", str(pipeline), str(inputs[n]), "-o", str(out), "--overwrite",
                           "--no-intermediate", "--quiet", "-j", str(jobs)]))
        cases.append((f"cat {n} docs (I/O floor)", n, 0, ["sh", "-c", f"cat {inputs[n]} > {WORK / 'cat-out.jsonl'}"]))

    samples: dict[str, list[tuple[float, int]]] = {c[0]: [] for c in cases}
    for _ in range(args.rounds):
        for name, n, jobs, cmd in cases:  # interleaved: every case once per round
            samples[name].append(timed(cmd))

    rows = []
    for name, n, jobs, cmd in cases:
        secs = statistics.median(s for s, _ in samples[name])
        rss = max(r for _, r in samples[name])
        mb_in = inputs[n].stat().st_size / 1e6
        rows.append({"case": name, "documents": n, "jobs": jobs, "median_seconds": round(secs, 3),
                     "documents_per_second": round(n / secs), "mb_in": round(mb_in, 1),
                     "mb_per_second_in": round(mb_in / secs, 1), "peak_rss_mb": round(rss / 1024, 1)})
    out_size = (out / "documents.jsonl").stat().st_size / 1e6
    result = {"machine": machine(), "rounds": args.rounds, "output_mb_last_case": round(out_size, 1), "rows": rows}
    (ROOT / "Benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "Benchmarks" / "results" / "core.json").write_text(json.dumps(result, indent=2) + "\n")
    print("| case | docs/s | MB/s in | peak RSS |")
    print("|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['case']} | {r['documents_per_second']:,} | {r['mb_per_second_in']} | {r['peak_rss_mb']} MB |")
    shutil.rmtree(out, ignore_errors=True)


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except Exception:
        pass
    return {"cores": os.cpu_count(), "cpu": cpu}


if __name__ == "__main__":
    main()
