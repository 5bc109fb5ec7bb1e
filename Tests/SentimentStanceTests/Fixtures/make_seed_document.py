#!/usr/bin/env python3
"""Builds seed-000.document.json: the seed article (seed-000.txt, a copy of
seeds/000_fb15108b046fd2da.txt) with hand-made `sentences`, `entities`,
`clusters` and `quotes` layers, standing in for the segment, entities and
quotes stages so that the sentiment stage's stance rules can be tested on a
real article before those stages exist.

    python3 Tests/SentimentStanceTests/Fixtures/make_seed_document.py [GOLD_JSON]

GOLD_JSON (default ../shared/gold/seed-000.json) is read only by this script,
for the entity names and the quotes with their speakers; the tests read the
JSON this script writes. Choices made here, the way an entities stage would:
- every occurrence of a gold entity name is a mention (longest name first, whole words);
- people are clustered by name ("Austin" and "Lloyd Austin" are one cluster,
  canonical = the full name); every other name is its own cluster, so
  "North Korean" (NORP) and "North Korea" (LOC) are two clusters — the
  sentiment stage itself joins a nationality to its place;
- sentences end at ". " / ".\n" / ".”" (the seed has no abbreviations but "U.S.", handled);
- quotes span their quote marks; the speaker is the nearest mention of the
  speaker's name (or the pronoun "he"/"she" for Petrov's and Brooks's quotes)
  in the quote's sentence; "North Korean state media" has no cluster (it is not
  an entity of the gold list), so it is an anonymous speaker.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "gold", "seed-000.json")

PEOPLE = {
    "Lloyd Austin": ["Lloyd Austin", "Austin"],
    "Kim Yong-hyun": ["Kim Yong-hyun", "Kim"],
    "Joseph Park": ["Joseph Park", "Park"],
    "Aleksandr Petrov": ["Aleksandr Petrov", "Petrov"],
    "Evelyn Brooks": ["Evelyn Brooks", "Brooks"],
    "Putin": ["Putin"],
    "Yoon Suk-yeol": ["Yoon Suk-yeol"],
    "Dmitry Peskov": ["Dmitry Peskov"],
}
PRONOUN_SPEAKERS = {"Aleksandr Petrov": "he", "Evelyn Brooks": "she"}


def sentences(text):
    spans = []
    start = 0
    for m in re.finditer(r"(?<!U\.S)[.?!][\u201d\"]?(?=\s|$)", text):
        end = m.end()
        spans.append([start, end])
        start = end
        while start < len(text) and text[start] in " \n":
            start += 1
    if start < len(text):
        spans.append([start, len(text)])
    return [{"start": a, "end": b} for a, b in spans if b > a]


def main():
    text = open(os.path.join(HERE, "seed-000.txt"), encoding="utf-8").read()
    gold = json.load(open(GOLD, encoding="utf-8"))
    names = sorted({(e["text"], e["type"]) for e in gold["entities"]}, key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    mentions = []
    for name, label in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            mentions.append((m.start(), m.end(), name, label))
    mentions.sort()

    clusters, cluster_of = [], {}

    def cluster_for(name, label):
        canonical = next((c for c, aliases in PEOPLE.items() if name in aliases), name) if label == "PERSON" else name
        if canonical not in cluster_of:
            cluster_of[canonical] = len(clusters)
            clusters.append({"id": len(clusters), "canonical": canonical, "label": label,
                             "gender": ("female" if canonical == "Evelyn Brooks" else "male") if label == "PERSON" else None})
        return cluster_of[canonical]

    entities = [{"start": a, "end": b, "text": n, "label": l, "cluster": cluster_for(n, l)} for a, b, n, l in mentions]
    sents = sentences(text)

    def sentence_of(pos):
        return next(s for s in sents if s["start"] <= pos < s["end"])

    quotes = []
    for g in gold["quotes"]:
        i = text.find(g["text"])
        assert i >= 0, g["text"]
        start, end = i, i + len(g["text"])
        if start > 0 and text[start - 1] == "\u201c":
            start -= 1
        if end < len(text) and text[end] == "\u201d":
            end += 1
        s = sentence_of(start)
        speaker = None
        if g["speaker"] in PEOPLE:
            cid = cluster_of[g["speaker"]]
            candidates = [e for e in entities if e["cluster"] == cid and s["start"] <= e["start"] < s["end"]
                          and not (start <= e["start"] < end)]
            pronoun = PRONOUN_SPEAKERS.get(g["speaker"])
            if pronoun:
                for m in re.finditer(r"\b" + pronoun + r"\b", text[s["start"]:s["end"]]):
                    candidates.append({"start": s["start"] + m.start(), "end": s["start"] + m.end(), "text": pronoun})
            if not candidates:  # Austin's "likelihood" quote: his name is right after it
                candidates = [e for e in entities if e["cluster"] == cid and e["start"] >= end][:1]
            best = min(candidates, key=lambda e: min(abs(e["start"] - end), abs(e["end"] - start)))
            speaker = {"text": best["text"], "start": best["start"], "end": best["end"], "cluster": cid,
                       "canonical": g["speaker"]}
        else:
            j = text.rfind(g["speaker"], 0, start)
            speaker = {"text": g["speaker"], "start": j, "end": j + len(g["speaker"]), "cluster": None, "canonical": None}
        quotes.append({"start": start, "end": end, "text": g["text"], "kind": g["kind"], "speaker": speaker,
                       "method": "hand-made fixture", "confidence": 1.0})

    doc = {"id": "000_fb15108b046fd2da", "text": text, "sentences": sents, "entities": entities,
           "clusters": clusters, "quotes": quotes}
    with open(os.path.join(HERE, "seed-000.document.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(sents)} sentences, {len(entities)} mentions in {len(clusters)} clusters, {len(quotes)} quotes")


if __name__ == "__main__":
    main()
