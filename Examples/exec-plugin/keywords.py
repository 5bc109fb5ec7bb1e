#!/usr/bin/env python3
"""A textpipe stage in Python (standard library only): the top keywords of
each document, by frequency with common words left out.

textpipe starts this program once per worker and talks JSON lines:
  1. it sends {"textpipe": "handshake", ...}; we answer with our manifest;
  2. then one document per line; we answer each with the same document,
     a `keywords` layer added. Logs go to stderr, never to stdout.

Use it in a pipeline:

    - use: exec
      with: {command: [python3, Examples/exec-plugin/keywords.py], env: {KEYWORDS_TOP: "5"}}
"""
import json
import os
import re
import sys
from collections import Counter

MANIFEST = {"id": "keywords", "version": "1.0.0", "needs": ["text"], "adds": ["keywords"]}
TOP = int(os.environ.get("KEYWORDS_TOP", "10"))
WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)
COMMON = set("""
a about after all also an and any are as at be because been but by can could did do does for from had has
have he her his how i if in into is it its itself just may might more most much must my no not of on one
only or other our out over said says she should so some such than that the their them then there these
they this those through to too under up us very was we were what when where which while who will with
would you your
""".split())


def keywords(text: str) -> list:
    counts = Counter(w.lower() for w in WORD.findall(text) if w.lower() not in COMMON and len(w) > 2)
    total = sum(counts.values()) or 1
    return [{"term": t, "score": round(n / total, 4)} for t, n in counts.most_common(TOP)]


def main() -> None:
    for line in sys.stdin:
        doc = json.loads(line)
        if doc.get("textpipe") == "handshake":
            answer = MANIFEST
        else:
            doc["keywords"] = keywords(doc.get("text") or "")
            answer = doc
        sys.stdout.write(json.dumps(answer, ensure_ascii=False, separators=(",", ":")) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
