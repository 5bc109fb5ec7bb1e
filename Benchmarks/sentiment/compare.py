#!/usr/bin/env python3
"""Checks textpipe's `sentiment` stage against vaderSentiment 3.3.2 and against
the human ratings of the NYT editorial snippets, and times both.

    python3 -m venv Benchmarks/.venv && Benchmarks/.venv/bin/pip install vaderSentiment==3.3.2 scipy
    swift build -c release --scratch-path .build-sent-release --product textpipe
    Benchmarks/.venv/bin/python Benchmarks/sentiment/compare.py [--data DIR] [--textpipe BIN]

What it does:
1. agreement: every snippet is one document whose one sentence is the whole
   text; textpipe runs with `news_extensions: false` and each sentence score
   must be within 0.001 of vaderSentiment's compound score. Mismatches are
   printed and the exit status is 1.
2. accuracy: Pearson r and weighted 3-class F1 (classes cut at ±0.05 for both
   the compound score and the mean human rating, as in the data set's README)
   for vaderSentiment, textpipe without and with news extensions, on the
   tuning half, the held-out half and all snippets. The halves are fixed by
   hashing the editorial's number (the part of the id before "_"), so that
   sentences of one editorial never sit on both sides: the news additions were
   chosen looking at the tuning half only; figures to quote are the held-out ones.
3. speed: the snippets repeated --repeat times (20: 103,800 sentences, so
   that process start-up does not dominate), scored by vaderSentiment's
   polarity_scores in one Python process and by the release CLI (packed 50
   sentences a document, as an article would be; JSON read, scored, written),
   with --jobs 1 and with the default jobs (one per core), each the best of
   --rounds runs in the same session; sentences per second. A passthrough run
   over the same file gives the CLI's I/O floor.
Writes Benchmarks/sentiment/results.json.
"""
import argparse
import hashlib
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load(data_dir):
    rows = []
    path = os.path.join(data_dir, "nytEditorialSnippets_GroundTruth.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line:
                continue
            sid, rating, text = line.split("\t", 2)
            rows.append((sid, float(rating), text))
    return rows


def half(sid):
    """'tune' or 'heldout', fixed by a hash of the editorial number."""
    editorial = sid.split("_")[0]
    return "tune" if hashlib.sha256(editorial.encode()).digest()[0] % 2 == 0 else "heldout"


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def cls(x, t=0.05):
    return 1 if x >= t else (-1 if x <= -t else 0)


def weighted_f1(gold, pred):
    total = 0.0
    for label in set(gold):
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        total += f * sum(1 for g in gold if g == label)
    return total / len(gold)


def metrics(scores, ratings):
    return {"n": len(scores), "r": round(pearson(scores, ratings), 4),
            "f1": round(weighted_f1([cls(r) for r in ratings], [cls(s) for s in scores]), 4)}


def write_jsonl(path, rows, per_doc):
    with open(path, "w", encoding="utf-8") as f:
        for start in range(0, len(rows), per_doc):
            chunk = rows[start:start + per_doc]
            text, sentences, pos = [], [], 0
            for _, _, t in chunk:
                if text:
                    text.append("\n")
                    pos += 1
                text.append(t)
                sentences.append({"start": pos, "end": pos + len(t)})
                pos += len(t)
            doc = {"id": f"nyt-{start // per_doc:05d}", "text": "".join(text), "sentences": sentences}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def run_textpipe(binary, pipeline, jsonl, out_dir, jobs=None):
    if os.path.exists(out_dir):
        subprocess.run(["rm", "-rf", out_dir], check=True)
    t = time.perf_counter()
    # The input already has `text` and `sentences`: the pipeline names `segment`
    # first so that it validates, and --from (a file named 01-segment.jsonl)
    # starts after it, so only `sentiment` runs.
    extra = ["--jobs", str(jobs)] if jobs else []
    proc = subprocess.run([binary, "run", pipeline, "--from", jsonl, "-o", out_dir, "--no-intermediate", "-q"] + extra,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"textpipe failed ({proc.returncode}): {proc.stderr}")
    scores = []
    with open(os.path.join(out_dir, "documents.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            scores.extend(s["score"] for s in doc["sentiment"]["sentences"])
    return scores, elapsed


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(binary, pipeline, jsonl, out_dir, jobs=None):
    """(wall seconds, CPU seconds) of a CLI run whose output is not read."""
    if os.path.exists(out_dir):
        subprocess.run(["rm", "-rf", out_dir], check=True)
    extra = ["--jobs", str(jobs)] if jobs else []
    c = children_cpu()
    t = time.perf_counter()
    subprocess.run([binary, "run", pipeline, "--from", jsonl, "-o", out_dir, "--no-intermediate", "-q"] + extra, check=True)
    return time.perf_counter() - t, children_cpu() - c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "vader-nyt"))
    ap.add_argument("--textpipe", default=os.path.join(ROOT, ".build-sent-release", "release", "textpipe"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    rows = load(args.data)
    ratings = [r for _, r, _ in rows]
    vader = [analyzer.polarity_scores(t)["compound"] for _, _, t in rows]

    work = tempfile.mkdtemp(prefix="textpipe-sentiment-")
    os.makedirs(os.path.join(work, "one"))
    os.makedirs(os.path.join(work, "packed"))
    one = os.path.join(work, "one", "01-segment.jsonl")
    packed = os.path.join(work, "packed", "01-segment.jsonl")
    write_jsonl(one, rows, 1)
    write_jsonl(packed, rows * args.repeat, 50)
    pipelines = {}
    for name, news in (("plain", False), ("news", True)):
        p = os.path.join(work, f"{name}.yaml")
        with open(p, "w") as f:
            f.write("name: sentiment-bench\nstages:\n  - use: segment\n  - use: sentiment\n"
                    f"    with: {{news_extensions: {'true' if news else 'false'}}}\n")
        pipelines[name] = p

    plain, _ = run_textpipe(args.textpipe, pipelines["plain"], one, os.path.join(work, "out-plain"))
    news, _ = run_textpipe(args.textpipe, pipelines["news"], one, os.path.join(work, "out-news"))
    if len(plain) != len(rows) or len(news) != len(rows):
        sys.exit(f"expected {len(rows)} sentence scores, got {len(plain)} and {len(news)}")

    mismatches = [(rows[i][0], vader[i], plain[i], rows[i][2]) for i in range(len(rows))
                  if abs(vader[i] - plain[i]) > 0.001]
    within = len(rows) - len(mismatches)
    print(f"agreement (news_extensions: false): {within}/{len(rows)} snippets within 0.001 of vaderSentiment 3.3.2")
    for sid, v, p, text in mismatches[:50]:
        print(f"  MISMATCH {sid}: vader {v:+.4f} textpipe {p:+.4f}  {text[:100]}")
    max_diff = max(abs(a - b) for a, b in zip(vader, plain))
    print(f"  largest difference: {max_diff:.5f}")

    results = {"snippets": len(rows), "agreement": {"within_0.001": within, "mismatches": len(mismatches),
                                                      "max_abs_difference": max_diff}}
    halves = {"tune": [i for i, r in enumerate(rows) if half(r[0]) == "tune"],
              "heldout": [i for i, r in enumerate(rows) if half(r[0]) == "heldout"],
              "all": list(range(len(rows)))}
    results["accuracy"] = {}
    print("\naccuracy against the human ratings (Pearson r, weighted 3-class F1):")
    for hname, idx in halves.items():
        entry = {}
        for sname, scores in (("vaderSentiment", vader), ("textpipe", plain), ("textpipe+news", news)):
            entry[sname] = metrics([scores[i] for i in idx], [ratings[i] for i in idx])
        results["accuracy"][hname] = entry
        print(f"  {hname:8s} n={len(idx):5d}  " + "  ".join(
            f"{k}: r {v['r']:.3f} F1 {v['f1']:.3f}" for k, v in entry.items()))

    # How sure is the held-out gain? Paired bootstrap over held-out editorials
    # (resampled whole, as the split was made), 1000 draws with a fixed seed.
    import random
    rng = random.Random(7)
    held = halves["heldout"]
    by_editorial = {}
    for i in held:
        by_editorial.setdefault(rows[i][0].split("_")[0], []).append(i)
    editorials = sorted(by_editorial)
    wins_r = wins_f1 = 0
    draws = 1000
    for _ in range(draws):
        idx = [i for e in (rng.choice(editorials) for _ in editorials) for i in by_editorial[e]]
        base = metrics([vader[i] for i in idx], [ratings[i] for i in idx])
        ext = metrics([news[i] for i in idx], [ratings[i] for i in idx])
        wins_r += ext["r"] > base["r"]
        wins_f1 += ext["f1"] > base["f1"]
    results["heldout_bootstrap"] = {"draws": draws, "editorials": len(editorials),
                                    "news_r_higher": wins_r / draws, "news_f1_higher": wins_f1 / draws}
    print(f"  held-out bootstrap ({draws} draws of {len(editorials)} editorials): news extensions give the higher r "
          f"in {wins_r / draws:.1%}, the higher F1 in {wins_f1 / draws:.1%} of draws")

    if not args.skip_speed:
        texts = [t for _, _, t in rows] * args.repeat
        p = os.path.join(work, "passthrough.yaml")
        with open(p, "w") as f:
            f.write("name: io-floor\nstages:\n  - use: segment\n  - use: passthrough\n")
        pipelines["passthrough"] = p
        best, best_cpu = float("inf"), float("inf")
        for _ in range(args.rounds):
            t, c = time.perf_counter(), time.process_time()
            for text in texts:
                analyzer.polarity_scores(text)
            best = min(best, time.perf_counter() - t)
            best_cpu = min(best_cpu, time.process_time() - c)
        vader_rate = len(texts) / best
        vader_cpu_rate = len(texts) / best_cpu
        speed = {"sentences": len(texts), "vaderSentiment_seconds": round(best, 4),
                 "vaderSentiment_sentences_per_second": round(vader_rate),
                 "vaderSentiment_cpu_seconds": round(best_cpu, 4),
                 "vaderSentiment_sentences_per_cpu_second": round(vader_cpu_rate)}
        for name in ("passthrough", "plain", "news"):
            for jobs in (1, None):
                tbest, cbest = float("inf"), float("inf")
                for _ in range(args.rounds):
                    elapsed, cpu = timed(args.textpipe, pipelines[name], packed, os.path.join(work, f"speed-{name}"), jobs)
                    tbest, cbest = min(tbest, elapsed), min(cbest, cpu)
                key = f"textpipe_{name}_jobs{jobs or 'default'}"
                speed[f"{key}_seconds"] = round(tbest, 4)
                speed[f"{key}_sentences_per_second"] = round(len(texts) / tbest)
                speed[f"{key}_cpu_seconds"] = round(cbest, 4)
                if name != "passthrough":
                    speed[f"{key}_speedup"] = round(len(texts) / tbest / vader_rate, 1)
                    speed[f"{key}_cpu_speedup"] = round(len(texts) / cbest / vader_cpu_rate, 1)
        results["speed"] = speed
        print("\nspeed (%d sentences, best of %d; CLI: whole run incl. process start, JSON in and out):" % (len(texts), args.rounds))
        for k, v in speed.items():
            print(f"  {k}: {v}")

    with open(os.path.join(HERE, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    subprocess.run(["rm", "-rf", work])
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
