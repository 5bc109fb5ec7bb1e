#!/usr/bin/env python3
"""Compares textpipe's `segment` stage with pySBD, spaCy's sentencizer and syntok.

Accuracy: every case of the case files (default: the hard cases written for
textpipe, Tests/SegmentationTests/Fixtures/cases.jsonl; one JSON object a line
with "text" and the exact "sentences") is split by each tool; a case passes
when the list of (trimmed) sentences is exactly the expected one. Every tool
gets the text line by line, since textpipe never lets a sentence cross a line.

Speed: the plain text of ../shared/data/article-extraction-benchmark (the
articleBody of its ground truth), repeated to at least --mb megabytes, one
document per article, run through `textpipe run` (release build) with
sentences only, with sentences and tokens, and with the passthrough stage (the
cost of reading and writing JSON Lines); pySBD, spaCy's sentencizer and syntok
run on a sample of the same text in this process.

Set-up (from the repository root):
    python3 -m venv Benchmarks/.venv
    Benchmarks/.venv/bin/pip install pysbd syntok spacy
    swift build -c release --scratch-path .build-seg-release --product textpipe
    Benchmarks/.venv/bin/python Benchmarks/segment/compare.py
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASES = os.path.join(ROOT, "Tests", "SegmentationTests", "Fixtures", "cases.jsonl")
DEFAULT_TEXTPIPE = os.path.join(ROOT, ".build-seg-release", "release", "textpipe")
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "article-extraction-benchmark", "ground-truth.json")
WORK = os.path.join(ROOT, "Benchmarks", "work")


# ---------------------------------------------------------------- the peers

def make_pysbd():
    import pysbd
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return lambda text: [s.strip() for s in seg.segment(text)]


def make_spacy():
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return lambda text: [s.text.strip() for s in nlp(text).sents]


def make_syntok():
    import syntok.segmenter as segmenter

    def split(text):
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                tokens = [t for t in sentence if t.value]
                if tokens:
                    out.append(text[tokens[0].offset:tokens[-1].offset + len(tokens[-1].value)].strip())
        return out
    return split


PEERS = [("pySBD", make_pysbd), ("spaCy sentencizer", make_spacy), ("syntok", make_syntok)]


def by_lines(split, text):
    """Runs a splitter on each non-blank line, as textpipe sees paragraphs."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(s for s in split(line) if s)
    return out


# ---------------------------------------------------------------- textpipe

def textpipe_sentences(binary, pipeline, docs):
    """Runs `textpipe run` on documents; returns each document's sentence strings."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cases.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, text in enumerate(docs):
                f.write(json.dumps({"id": f"case-{i:05d}", "text": text}, ensure_ascii=False) + "\n")
        proc = subprocess.run([binary, "run", pipeline, path, "-o", "-", "-q"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"textpipe run failed ({proc.returncode}): {proc.stderr.strip()[:2000]}")
        results = {}
        for line in proc.stdout.splitlines():
            d = json.loads(line)
            text = d["text"]
            results[d["id"]] = [text[s["start"]:s["end"]] for s in d.get("sentences", [])]
        return [results.get(f"case-{i:05d}", []) for i in range(len(docs))]


# ---------------------------------------------------------------- accuracy

def load_cases(paths):
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    c = json.loads(line)
                    c.setdefault("id", f"{os.path.basename(path)}:{n + 1}")
                    cases.append(c)
    return cases


def accuracy(args):
    cases = load_cases(args.cases or [DEFAULT_CASES])
    texts = [c["text"] for c in cases]
    outputs = {}
    if os.path.exists(args.textpipe):
        outputs["textpipe"] = textpipe_sentences(args.textpipe, os.path.join(HERE, "segment.yaml"), texts)
    else:
        print(f"(textpipe binary not found at {args.textpipe}; build it with "
              f"`swift build -c release --scratch-path .build-seg-release --product textpipe`)")
    for name, make in PEERS:
        try:
            split = make()
        except ImportError as e:
            print(f"({name} not installed: {e})")
            continue
        outputs[name] = [by_lines(split, t) for t in texts]

    print(f"\nAccuracy on {len(cases)} cases ({', '.join(os.path.relpath(p, ROOT) for p in (args.cases or [DEFAULT_CASES]))}):")
    rules = sorted({c.get("rule", "-") for c in cases})
    header = f"{'tool':20} {'passed':>8} {'rate':>7}"
    print(header)
    print("-" * len(header))
    table = {}
    for name, outs in outputs.items():
        ok = [outs[i] == c["sentences"] for i, c in enumerate(cases)]
        table[name] = ok
        print(f"{name:20} {sum(ok):>4}/{len(ok):<3} {100.0 * sum(ok) / len(ok):6.1f}%")
    if len(rules) > 1:
        print("\nPer rule (passed/cases):")
        print(f"{'rule':20} " + " ".join(f"{n[:10]:>10}" for n in outputs))
        for rule in rules:
            idx = [i for i, c in enumerate(cases) if c.get("rule", "-") == rule]
            print(f"{rule:20} " + " ".join(f"{sum(table[n][i] for i in idx):>6}/{len(idx):<3}" for n in outputs))
    if args.show_failures and "textpipe" in outputs:
        for i, c in enumerate(cases):
            if not table["textpipe"][i]:
                print(f"\nFAIL {c['id']}: {c['text']!r}\n  got:  {outputs['textpipe'][i]}\n  want: {c['sentences']}")
    return table


# ---------------------------------------------------------------- speed

def corpus(args):
    with open(args.data, encoding="utf-8") as f:
        truth = json.load(f)
    bodies = [truth[k]["articleBody"] for k in sorted(truth) if truth[k].get("articleBody", "").strip()]
    size = sum(len(b.encode("utf-8")) for b in bodies)
    reps = -(-int(args.mb * 1_000_000) // size)
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"segment-corpus-{args.mb:g}mb.jsonl")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            for r in range(reps):
                for i, b in enumerate(bodies):
                    f.write(json.dumps({"id": f"{r:03d}-{i:03d}", "text": b}, ensure_ascii=False) + "\n")
    total_bytes = size * reps
    total_words = sum(len(b.split()) for b in bodies) * reps
    return path, bodies, total_bytes, total_words, len(bodies) * reps


def time_command(cmd, runs):
    """Best wall time of `runs` runs, with hyperfine when it is installed."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(["hyperfine", "--runs", str(runs), "--warmup", "1", "--style", "none",
                            "--export-json", out.name, " ".join(cmd)], check=True, capture_output=True)
            data = json.load(open(out.name))
            return min(data["results"][0]["times"]), "hyperfine"
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best, "perf_counter"


def stage_time(manifest):
    """Seconds the segment stage spent, from a run's run.json (None if absent)."""
    try:
        with open(manifest, encoding="utf-8") as f:
            stages = json.load(f).get("stages", [])
        return sum(st.get("seconds", 0) for st in stages if st.get("stage") == "segment") or None
    except (OSError, ValueError):
        return None


def count_sentences(path):
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            n += len(json.loads(line).get("sentences", []))
    return n


def speed(args):
    path, bodies, total_bytes, total_words, docs = corpus(args)
    mb = total_bytes / 1e6
    print(f"\nSpeed corpus: {os.path.relpath(path, ROOT)}: {docs} documents, {mb:.1f} MB of text, "
          f"{total_words:,} words (whitespace-separated)")
    results = {}
    if os.path.exists(args.textpipe):
        out = os.path.join(WORK, "segment-out")
        sentences = None
        for label, pipeline in [("passthrough (I/O only)", "passthrough.yaml"), ("segment: sentences", "segment.yaml"),
                                ("segment: sentences+tokens", "segment-tokens.yaml")]:
            for jobs in args.jobs:
                cmd = [args.textpipe, "run", os.path.join(HERE, pipeline), path, "-o", out, "--overwrite",
                       "--no-intermediate", "-q", "--jobs", str(jobs)]
                seconds, how = time_command(cmd, args.runs)
                # The last run's manifest: the stage's own seconds, without reading and writing.
                stage_seconds = stage_time(os.path.join(out, "run.json"))
                if pipeline == "segment.yaml" and sentences is None:
                    sentences = count_sentences(os.path.join(out, "documents.jsonl"))
                results[(label, jobs)] = seconds
                print(f"  textpipe {label:28} --jobs {jobs}: {seconds:7.2f} s  {mb / seconds:7.1f} MB/s  "
                      f"{total_words / seconds / 1e6:6.2f} M words/s" +
                      (f"  {sentences / seconds:,.0f} sentences/s" if sentences and pipeline != "passthrough.yaml" else "")
                      + f"  ({how}, best of {args.runs})")
                if stage_seconds and pipeline != "passthrough.yaml":
                    results[(label + " (stage only)", jobs)] = stage_seconds
                    print(f"      stage alone (run.json, summed over jobs): {stage_seconds:6.2f} s  {mb / stage_seconds:7.1f} MB/s  "
                          f"{total_words / stage_seconds / 1e6:6.2f} M words/s")
                print(f"      $ {' '.join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd)}")
        shutil.rmtree(out, ignore_errors=True)
    else:
        print(f"(textpipe binary not found at {args.textpipe})")

    # Peers on a sample of the same text.
    sample, size = [], 0
    for b in bodies:
        sample.append(b)
        size += len(b.encode("utf-8"))
        if size >= args.sample_kb * 1000:
            break
    words = sum(len(b.split()) for b in sample)
    print(f"\nPeers on a sample of {len(sample)} articles, {size / 1e6:.2f} MB, {words:,} words:")
    peer_rates = {}
    for name, make in PEERS:
        try:
            split = make()
        except ImportError as e:
            print(f"  ({name} not installed: {e})")
            continue
        t0 = time.perf_counter()
        for b in sample:
            by_lines(split, b)
        seconds = time.perf_counter() - t0
        peer_rates[name] = words / seconds
        print(f"  {name:20} {seconds:7.2f} s  {size / 1e6 / seconds:7.2f} MB/s  {words / seconds:10,.0f} words/s")
    if "pySBD" in peer_rates and results:
        print()
        for jobs in args.jobs:
            for key, what in [(("segment: sentences+tokens", jobs), "end to end"),
                              (("segment: sentences+tokens (stage only)", jobs), "stage alone")]:
                if key in results:
                    rate = total_words / results[key]
                    print(f"textpipe sentences+tokens (--jobs {jobs}, {what}) / pySBD words/s: {rate / peer_rates['pySBD']:.0f}x")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cases", action="append", help="a case file (JSONL with text and sentences); repeatable")
    p.add_argument("--textpipe", default=DEFAULT_TEXTPIPE, help="the textpipe binary (release build)")
    p.add_argument("--data", default=DEFAULT_DATA, help="ground-truth.json of the article-extraction benchmark")
    p.add_argument("--mb", type=float, default=50, help="size of the speed corpus in MB (default 50)")
    p.add_argument("--runs", type=int, default=3, help="timed runs per command (default 3)")
    p.add_argument("--jobs", type=int, action="append", help="--jobs values for textpipe run (default: 1)")
    p.add_argument("--sample-kb", type=float, default=1000, help="size of the peers' speed sample in kB (default 1000)")
    p.add_argument("--no-speed", action="store_true", help="accuracy only")
    p.add_argument("--no-accuracy", action="store_true", help="speed only")
    p.add_argument("--show-failures", action="store_true", help="print textpipe's failed cases")
    args = p.parse_args()
    args.jobs = args.jobs or [1]
    if not args.no_accuracy:
        accuracy(args)
    if not args.no_speed:
        speed(args)


if __name__ == "__main__":
    main()
