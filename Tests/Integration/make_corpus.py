#!/usr/bin/env python3
"""Generates a deterministic news-like corpus for the cluster tests.

    make_corpus.py --jsonl FILE --count 10000      one document a line
    make_corpus.py --folder DIR --count 600        .txt, .html and .xml files in sub-folders

A few documents are bad on purpose (invalid JSON, no text, empty text, binary
bytes), so that error records travel through the engines too.
"""

import argparse
import json
import os
import random

PEOPLE = ["Angela Merkel", "Lloyd Austin", "Kamala Harris", "Olaf Scholz", "Emmanuel Macron", "Rishi Sunak",
          "Jens Stoltenberg", "Antony Blinken", "Ursula von der Leyen", "Xi Jinping", "Narendra Modi", "Ann Lee"]
ORGS = ["NATO", "the European Union", "the United Nations", "Reuters", "the Pentagon", "Google", "the World Bank"]
PLACES = ["Berlin", "Washington", "Paris", "London", "Brussels", "Beijing", "New Delhi", "Kyiv", "Tokyo"]
CUES = ["said", "told reporters", "added", "warned", "stated", "argued"]
CLAIMS = ["We will not accept this", "The talks were constructive and we made real progress",
          "This is a dangerous escalation", "Our economy is stronger than ever",
          "Nobody wants a war, but we must be ready", "The sanctions are working",
          "I am deeply worried about the situation", "We support our partners fully"]


def article(rng, i):
    person, other = rng.sample(PEOPLE, 2)
    org, place = rng.choice(ORGS), rng.choice(PLACES)
    sentences = [
        f"{person} met officials from {org} in {place} on day {i % 28 + 1}.",
        f"\u201c{rng.choice(CLAIMS)},\u201d {person.split()[-1]} {rng.choice(CUES)}.",
        f"{other} criticised {person} over the plan, according to {rng.choice(ORGS)}.",
        f"\u201c{rng.choice(CLAIMS)},\u201d said {other}.",
        f"Talks in {rng.choice(PLACES)} are expected to continue next week.",
    ]
    rng.shuffle(sentences[2:])
    return f"Report {i}: {person} in {place}", " ".join(sentences[: rng.randint(3, 5)])


def write_jsonl(path, count, seed):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            doc_id = f"doc-{i:05d}"
            if i % 1000 == 17:
                f.write('{"id": "broken-' + str(i) + '", "text": \n')       # not JSON
                continue
            if i % 1000 == 555:
                f.write(json.dumps({"id": doc_id, "title": "no text"}) + "\n")  # nothing to analyse
                continue
            if i % 2500 == 42:
                f.write("\n")                                               # a blank line, skipped
            title, text = article(rng, i)
            doc = {"id": doc_id, "meta": {"title": title, "n": i}}
            if i % 3 == 0:
                doc["html"] = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
            else:
                doc["text"] = text
            f.write(json.dumps(doc, ensure_ascii=(i % 2 == 0)) + "\n")


def write_folder(root, count, seed):
    rng = random.Random(seed)
    for i in range(count):
        sub = os.path.join(root, f"section-{i % 7}")
        os.makedirs(sub, exist_ok=True)
        title, text = article(rng, i)
        if i % 97 == 13:
            with open(os.path.join(sub, f"bad-{i:04d}.txt"), "wb") as f:
                f.write(b"PK\x03\x04\x00binary")                          # fails in `read`
            continue
        kind = i % 3
        if kind == 0:
            body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
            name = f"a-{i:04d}.html"
        elif kind == 1:
            body = f"<?xml version=\"1.0\"?><article><title>{title}</title><p>{text}</p></article>"
            name = f"a-{i:04d}.xml"
        else:
            body = f"{title}\n\n{text}\n"
            name = f"a-{i:04d}.txt"
        with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
            f.write(body)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jsonl")
    p.add_argument("--folder")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=11)
    a = p.parse_args()
    if a.jsonl:
        write_jsonl(a.jsonl, a.count, a.seed)
    if a.folder:
        write_folder(a.folder, a.count, a.seed)


if __name__ == "__main__":
    main()
