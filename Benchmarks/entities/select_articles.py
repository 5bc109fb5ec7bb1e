#!/usr/bin/env python3
"""Splits the English news articles of the article-extraction benchmark into a
development set (looked at while writing the rules) and a held-out set (only
run for RESULTS.md), by a fixed rule decided before any output was seen.

Writes JSONL documents (`id`, `text`) to Benchmarks/work/entities/{dev,heldout}.jsonl.
Usage: python3 Benchmarks/entities/select_articles.py [--data DIR]
"""
import argparse
import hashlib
import json
import os
import re

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "data", "article-extraction-benchmark"))
parser.add_argument("--out", default=os.path.join(here, "..", "work", "entities"))
args = parser.parse_args()

truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
news_sites = re.compile(r"(nytimes|wsj|reuters|apnews|bbc|cnn|theguardian|washingtonpost|ctpost|usatoday|npr|"
                        r"politico|foxnews|nbcnews|cbsnews|abcnews|latimes|bloomberg|independent|telegraph|"
                        r"aljazeera|time\.com|newsweek|thehill|axios|vox|theatlantic|businessinsider|cnbc|"
                        r"dailymail|mirror|express|sky|france24|dw\.com|chicagotribune|nypost|huffpost|news)")
candidates = []
for key in sorted(truth):
    body = truth[key]["articleBody"]
    url = truth[key].get("url", "")
    words = body.split()
    letters = [c for c in body if c.isalpha()]
    ascii_share = sum(c.isascii() for c in letters) / max(1, len(letters))
    if ascii_share < 0.97 or not (250 <= len(words) <= 1500) or not news_sites.search(url):
        continue
    candidates.append((hashlib.sha256(key.encode()).hexdigest(), key, body, url))
candidates.sort()
heldout = candidates[:10]          # the first ten by hash: never looked at while tuning
dev = candidates[10:30]
os.makedirs(args.out, exist_ok=True)
for name, rows in (("heldout", heldout), ("dev", dev)):
    with open(os.path.join(args.out, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for _, key, body, url in rows:
            f.write(json.dumps({"id": key[:16], "text": body, "meta": {"url": url}}, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} articles, {sum(len(r[2].split()) for r in rows)} words")
