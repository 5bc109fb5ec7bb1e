#!/usr/bin/env python3
"""Writes N news-like JSONL documents for the runner benchmark.

Each document has an id, a little metadata, a text of 3-9 KB built from the
seed article's paragraphs in a varying order, and paragraph and sentence spans
(scalar offsets), like the output of the segment stage.

    python3 Benchmarks/core/generate.py 50000 > Benchmarks/work/docs-50k.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    count = int(sys.argv[1])
    seed_text = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    rng = random.Random(42)
    out = sys.stdout
    for i in range(count):
        chosen = rng.sample(paragraphs, rng.randint(6, min(18, len(paragraphs))))
        text = "\n".join(chosen)
        paras, sentences = [], []
        offset = 0
        for p in chosen:
            paras.append({"start": offset, "end": offset + len(p)})
            for m in re.finditer(r"[^.!?]+[.!?]*[”\"]?\s*", p):
                s, e = m.start(), m.end()
                while e > s and p[e - 1] == " ":
                    e -= 1
                if e > s:
                    sentences.append({"start": offset + s, "end": offset + e})
            offset += len(p) + 1
        doc = {
            "id": f"gen/{i:07d}",
            "meta": {"title": chosen[0][:60], "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "lang": "en"},
            "text": text,
            "paragraphs": paras,
            "sentences": sentences,
        }
        out.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")


if __name__ == "__main__":
    main()
