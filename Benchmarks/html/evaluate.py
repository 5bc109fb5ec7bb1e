#!/usr/bin/env python3
"""Quality and speed of textpipe's html-cleanup stage against its peers.

Quality, as the article-extraction benchmark defines it: tokens are `\\w+`
runs; each text becomes a multiset of 4-token shingles; per page the true
positives, false positives and false negatives are normalised to sum to 1;
those are averaged over the pages, precision = TP / (TP + FP), recall =
TP / (TP + FN) from the averages, F1 is their harmonic mean. Accuracy is the
share of pages whose token sequence matches exactly.

Tools: textpipe (the `textpipe` binary, one job), trafilatura 2.3.1,
readability-lxml 0.9, "all visible text" (every text node outside
script/style), and a bare libxml2 parse through lxml as the speed floor.

Speed: each tool runs in its own process under `/usr/bin/time -v` (peak RSS),
the tools interleaved round by round; pages/s and MB/s are over the extraction
loop with the pages already in memory (Python tools), or over the whole
`textpipe run` command (start-up, reading, checksums, decoding and JSON
writing included), and for "textpipe (stage only)" over the html-cleanup
stage's own time from the run manifest. The median round is reported.

The pages are decompressed into a temporary folder outside the repository.

    python3 -m venv Benchmarks/.venv
    Benchmarks/.venv/bin/pip install trafilatura==2.3.1 readability-lxml==0.9 lxml
    swift build -c release --scratch-path .build-html-release
    Benchmarks/.venv/bin/python Benchmarks/html/evaluate.py \\
        --textpipe .build-html-release/release/textpipe --rounds 3
"""
import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "article-extraction-benchmark"))
TOKEN = re.compile(r"\w+")
PEERS = ["trafilatura", "readability", "visible", "lxml-parse"]


# ---------------------------------------------------------------- metric

def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(true, pred):
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(truth, predicted):
    counts = [page_counts(truth[k], predicted.get(k, "")) for k in truth]
    tp = sum(c[0] for c in counts) / len(counts)
    fp = sum(c[1] for c in counts) / len(counts)
    fn = sum(c[2] for c in counts) / len(counts)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    exact = sum(TOKEN.findall(truth[k]) == TOKEN.findall(predicted.get(k, "") or "") for k in truth) / len(truth)
    return {"precision": p, "recall": r, "f1": f, "accuracy": exact}


# ---------------------------------------------------------------- peers (run in a child process)

def run_peer(tool, pages_dir, out_path):
    files = sorted(f for f in os.listdir(pages_dir) if f.endswith(".html"))
    pages = []
    for f in files:
        with open(os.path.join(pages_dir, f), "rb") as fh:
            pages.append((f[:-5], fh.read()))
    if tool == "trafilatura":
        import trafilatura

        def extract(raw):
            return trafilatura.extract(raw.decode("utf-8")) or ""
    elif tool == "readability":
        import lxml.html
        from readability import Document

        def extract(raw):
            summary = Document(raw.decode("utf-8")).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    elif tool == "visible":
        import lxml.html

        def extract(raw):
            root = lxml.html.fromstring(raw.decode("utf-8"))
            for bad in root.xpath("//script|//style|//noscript|//template"):
                bad.drop_tree()
            return "\n".join(t.strip() for t in root.itertext() if t.strip())
    elif tool == "lxml-parse":
        import lxml.html

        def extract(raw):
            lxml.html.fromstring(raw.decode("utf-8"))
            return ""
    else:
        raise SystemExit("unknown tool " + tool)
    start = time.perf_counter()
    results = {}
    for key, raw in pages:
        try:
            results[key] = extract(raw)
        except Exception as e:  # a tool failing on a page scores zero there
            results[key] = ""
            print(f"{tool}: {key}: {e}", file=sys.stderr)
    seconds = time.perf_counter() - start
    with open(out_path, "w") as fh:
        json.dump({"seconds": seconds, "texts": results}, fh)


# ---------------------------------------------------------------- driver

def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MB)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("failed: " + " ".join(cmd))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return wall, (int(rss.group(1)) / 1024 if rss else float("nan"))


def run_textpipe(binary, pipeline, pages_dir, out_dir):
    shutil.rmtree(out_dir, ignore_errors=True)
    wall, rss = timed([binary, "run", pipeline, pages_dir, "-o", out_dir, "--jobs", "1"])
    # The stage's own time, from the run manifest (no start-up, reading,
    # checksums or JSON writing): comparable with the peers' in-loop times.
    stage_seconds = None
    try:
        with open(os.path.join(out_dir, "run.json")) as fh:
            stage_seconds = json.load(fh)["stages"][0]["seconds"]
    except (OSError, KeyError, IndexError, ValueError):
        pass
    texts = {}
    with open(os.path.join(out_dir, "documents.jsonl")) as fh:
        for line in fh:
            d = json.loads(line)
            key = os.path.basename(d["id"])
            if key.endswith(".html"):
                key = key[:-5]
            texts[key] = d.get("text", "")
    return wall, rss, stage_seconds, texts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="the benchmark folder (html/*.html.gz, ground-truth.json)")
    ap.add_argument("--textpipe", help="path of the textpipe binary (release build)")
    ap.add_argument("--textpipe-jsonl", help="score an existing documents.jsonl instead of running textpipe")
    ap.add_argument("--pipeline", default=os.path.join(HERE, "cleanup.yaml"))
    ap.add_argument("--rounds", type=int, default=3, help="speed rounds (tools interleaved in each)")
    ap.add_argument("--tools", default=",".join(["textpipe"] + PEERS))
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages for textpipe")
    ap.add_argument("--run-peer", nargs=3, metavar=("TOOL", "PAGES", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run_peer:
        run_peer(*args.run_peer)
        return

    with open(os.path.join(args.data, "ground-truth.json")) as fh:
        truth = {k: v["articleBody"] for k, v in json.load(fh).items()}
    work = tempfile.mkdtemp(prefix="textpipe-html-bench-")
    pages_dir = os.path.join(work, "pages")
    os.makedirs(pages_dir)
    total_bytes = 0
    for name in sorted(os.listdir(os.path.join(args.data, "html"))):
        if not name.endswith(".html.gz"):
            continue
        with gzip.open(os.path.join(args.data, "html", name)) as src:
            data = src.read()
        total_bytes += len(data)
        with open(os.path.join(pages_dir, name[:-3]), "wb") as dst:
            dst.write(data)
    n_pages = len(truth)
    tools = [t for t in args.tools.split(",") if t]
    if "textpipe" in tools and not args.textpipe and not args.textpipe_jsonl:
        tools.remove("textpipe")
        print("(textpipe skipped: give --textpipe or --textpipe-jsonl)", file=sys.stderr)

    speed = {t: [] for t in tools}
    texts = {}
    try:
        for round_ in range(args.rounds):
            for tool in tools:
                if tool == "textpipe":
                    if args.textpipe_jsonl:
                        if tool not in texts:
                            texts[tool] = {}
                            with open(args.textpipe_jsonl) as fh:
                                for line in fh:
                                    d = json.loads(line)
                                    key = os.path.basename(d["id"]).removesuffix(".html")
                                    texts[tool][key] = d.get("text", "")
                        continue
                    wall, rss, stage_seconds, out = run_textpipe(args.textpipe, args.pipeline, pages_dir,
                                                                 os.path.join(work, "tp-out"))
                    texts[tool] = out
                    speed[tool].append((wall, rss))
                    if stage_seconds:
                        speed.setdefault("textpipe (stage only)", []).append((stage_seconds, rss))
                else:
                    out_path = os.path.join(work, tool + ".json")
                    wall, rss = timed([sys.executable, os.path.abspath(__file__), "--run-peer", tool, pages_dir, out_path])
                    with open(out_path) as fh:
                        result = json.load(fh)
                    texts[tool] = result["texts"]
                    speed[tool].append((result["seconds"], rss))
                print(f"round {round_ + 1}: {tool} done", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = []
    listed = list(tools)
    if "textpipe (stage only)" in speed:
        listed.insert(listed.index("textpipe") + 1, "textpipe (stage only)")
    for tool in listed:
        q = score(truth, texts[tool]) if tool in texts and tool != "lxml-parse" else None
        s = speed[tool]
        seconds = statistics.median(x[0] for x in s) if s else float("nan")
        rss = max(x[1] for x in s) if s else float("nan")
        rows.append({
            "tool": tool, **(q or {}),
            "pages_per_s": n_pages / seconds if s else None,
            "mb_per_s": total_bytes / 1e6 / seconds if s else None,
            "peak_rss_mb": rss if s else None,
        })

    def fmt(v, spec):
        return format(v, spec) if isinstance(v, (int, float)) else "–"

    print(f"\n{n_pages} pages, {total_bytes / 1e6:.1f} MB, {args.rounds} speed rounds\n")
    print("| tool | F1 | precision | recall | accuracy | pages/s | MB/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['tool']} | {fmt(r.get('f1'), '.3f')} | {fmt(r.get('precision'), '.3f')} | "
              f"{fmt(r.get('recall'), '.3f')} | {fmt(r.get('accuracy'), '.3f')} | {fmt(r['pages_per_s'], '.1f')} | "
              f"{fmt(r['mb_per_s'], '.2f')} | {fmt(r['peak_rss_mb'], '.0f')} |")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=2)
    if args.worst and "textpipe" in texts:
        worst = sorted(truth, key=lambda k: page_counts(truth[k], texts["textpipe"].get(k, ""))[0])[:args.worst]
        print("\nworst pages for textpipe (tp, fp, fn):")
        for k in worst:
            tp, fp, fn = page_counts(truth[k], texts["textpipe"].get(k, ""))
            print(f"  {k[:16]}  {tp:.2f} {fp:.2f} {fn:.2f}")


if __name__ == "__main__":
    main()
