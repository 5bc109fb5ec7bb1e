#!/usr/bin/env python3
"""Check, proof-read and export the held-out gold annotations.

Three disjoint sets of annotated articles:

    dev   the annotation files in this folder (Benchmarks/heldout/*.json),
          the development set, used for tuning (the default);
    dev2  the annotation files in Benchmarks/heldout/dev2/, a second
          development set (15 more articles), also used for tuning;
    dev3  the annotation files in Benchmarks/heldout/dev3/, a third
          development set, also used for tuning;
    dev4  the annotation files in Benchmarks/heldout/dev4/, a fourth
          development set, also used for tuning;
    dev5  the annotation files in Benchmarks/heldout/dev5/, a fifth
          development set, also used for tuning;
    dev6  the annotation files in Benchmarks/heldout/dev6/, a sixth
          development set whose texts come from another source: the
          English news texts in newspaper4k's test data (run
          Benchmarks/heldout/fetch-newspaper4k.sh once to download them);
    dev7  the annotation files in Benchmarks/heldout/dev7/, a seventh
          development set from a third source: short Australian radio news
          reports of the Lee corpus in gensim's test data (run
          Benchmarks/heldout/fetch-lee.sh once to download them);
    dev8  the annotation files in Benchmarks/heldout/dev8/, an eighth
          development set: New York Times editorial excerpts, the snippets
          of the VADER ratings (../shared/data/vader-nyt) joined per editorial;
    dev9  the annotation files in Benchmarks/heldout/dev9/: 40 more NYT
          editorial excerpts, like dev8;
    dev10 the annotation files in Benchmarks/heldout/dev10/: 39 more Lee
          corpus reports, like dev7;
    dev11 the annotation files in Benchmarks/heldout/dev11/: the last
          English benchmark pages with quotations that report no test
          story (press releases, features and columns among them);
    test  the annotation files in Benchmarks/heldout/test/, the test set,
          never used for tuning.

The annotations refer to article texts by code point offsets; the texts
themselves are not in the repository. They are read from the
article-extraction-benchmark ground truth (`ground-truth.json`,
`{"<id>": {"articleBody": ..., "url": ...}}`).

    python3 Benchmarks/heldout/check.py                    # dev set: check + print every quote
    python3 Benchmarks/heldout/check.py --set dev2         # second development set
    python3 Benchmarks/heldout/check.py --set test         # test set
    python3 Benchmarks/heldout/check.py PATH/TO/FOLDER     # any folder of annotation files
    python3 Benchmarks/heldout/check.py --quiet            # check only, print counts
    python3 Benchmarks/heldout/check.py --export /tmp/heldout-gold
    python3 Benchmarks/heldout/check.py --export-texts /tmp/heldout-texts.jsonl
    python3 Benchmarks/heldout/check.py --data PATH/ground-truth.json ...

`--export DIR` writes one gold file per article in the seed gold format read
by `textpipe eval` (id, quotes[].text/speaker/speaker_aliases/kind,
not_quotes[].text, entities[].text/type). The text of a split or
multi_paragraph quote is its parts joined by one space. Nested quotations
(quotes inside quotes, kept under `nested_quotes`) are left out unless
`--include-nested` is given.

Exit status 1 when any check fails (nothing is exported then).
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {"dev": HERE, "dev2": os.path.join(HERE, "dev2"), "dev3": os.path.join(HERE, "dev3"), "dev4": os.path.join(HERE, "dev4"), "dev5": os.path.join(HERE, "dev5"), "dev6": os.path.join(HERE, "dev6"), "dev7": os.path.join(HERE, "dev7"), "dev8": os.path.join(HERE, "dev8"), "dev9": os.path.join(HERE, "dev9"), "dev10": os.path.join(HERE, "dev10"), "dev11": os.path.join(HERE, "dev11"), "test": os.path.join(HERE, "test")}
DEFAULT_DATA = "/work/shared/data/article-extraction-benchmark/ground-truth.json"
# Sets whose texts are not in the benchmark: the expected-text files of
# newspaper4k's test data (sdist 0.9.6, Apache-2.0 code; the article texts
# are third-party content and stay out of the repository, like the others).
NEWSPAPER4K_SETS = {"dev6"}
NEWSPAPER4K_TEXTS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Benchmarks", "work",
                                 "newspaper4k-0.9.6", "tests", "data", "txt")
NEWSPAPER4K_PREFIX = "newspaper4k-"
# The Lee corpus (Lee, Pincombe & Welsh 2005: ABC news reports, one per line),
# as shipped in the test data of gensim's wheel 4.3.3; ids are `lee-<line>`,
# counting lines from 0.
LEE_SETS = {"dev7", "dev10"}
LEE_TEXTS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Benchmarks", "work",
                         "gensim-4.3.3", "gensim", "test", "test_data", "lee_background.cor")
LEE_PREFIX = "lee-"
# New York Times editorial snippets (Hutto & Gilbert 2014, the VADER
# distribution, MIT): `<editorial>_<n>` per line; an editorial's snippets,
# in file order, joined by one space, make the text `nyt-<editorial>`.
NYT_SETS = {"dev8", "dev9"}
NYT_TEXTS = "/work/shared/data/vader-nyt/nytEditorialSnippets_GroundTruth.tsv"
NYT_PREFIX = "nyt-"
KINDS = {"direct", "partial", "split", "multi_paragraph"}
TYPES = {"PERSON", "ORG", "LOC", "NORP"}
DOUBLE_MARKS = "“”\"„«»"
SINGLE_MARKS = "‘’'‚‹›"
MARKS = DOUBLE_MARKS + SINGLE_MARKS
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their"}


def is_word(c):
    return c.isalnum()


class Checker:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def span(self, where, text, start, end, quote=False):
        """Offsets inside the text, not starting/ending inside a word, on a
        quotation mark or on whitespace. For quotes (quote=True) the span must
        also be enclosed in quotation marks: the character before it opens a
        quote and the character after it closes one (paragraph-final parts of
        a multi-paragraph quote are exempt from the closing side)."""
        if not (isinstance(start, int) and isinstance(end, int)):
            self.error(where, f"offsets must be integers: {start!r}, {end!r}")
            return False
        if not (0 <= start < end <= len(text)):
            self.error(where, f"offsets {start}..{end} outside the text (length {len(text)})")
            return False
        s = text[start:end]
        if s[0].isspace() or s[-1].isspace():
            self.error(where, f"span starts or ends on whitespace: {s[:40]!r}…{s[-40:]!r}")
        if s[0] in MARKS:
            self.error(where, f"span starts on a quotation mark: {s[:40]!r}")
        if s[-1] in MARKS:
            # allowed only when it closes a single-quoted quotation nested inside the span
            nested_close = s[-1] in "’'" and any(c in s[:-1] for c in "‘'")
            if not nested_close:
                self.error(where, f"span ends on a quotation mark: {s[-40:]!r}")
        if start > 0 and is_word(text[start - 1]) and is_word(text[start]):
            self.error(where, f"span starts inside a word: {text[max(0, start - 10):start + 10]!r}")
        if end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
            self.error(where, f"span ends inside a word: {text[end - 10:end + 10]!r}")
        return True

    def enclosed(self, where, text, start, end, open_side=True, close_side=True):
        if open_side:
            before = text[start - 1] if start > 0 else ""
            if before == " " and start > 1 and text[start - 2] in MARKS:
                before = text[start - 2]  # “ You guys …” — a space after the opening mark
            if before not in MARKS:
                self.error(where, f"not preceded by a quotation mark: {text[max(0, start - 15):start + 15]!r}")
        if close_side:
            after = text[end] if end < len(text) else ""
            if after == " " and end + 1 < len(text) and text[end + 1] in MARKS:
                after = text[end + 1]  # “… attention,’ ” — a space before the closing mark
            if after not in MARKS:
                self.error(where, f"not followed by a quotation mark: {text[max(0, end - 15):end + 15]!r}")


def quote_parts(q):
    return q.get("parts") or [[q["start"], q["end"]]]


def quote_text(text, q):
    return " ".join(text[s:e] for s, e in quote_parts(q))


def annotation_files(folder):
    return sorted(glob.glob(os.path.join(folder, "*.json")))


def load_newspaper4k(folder):
    """The texts of newspaper4k's test data, keyed as the annotations name
    them: `newspaper4k-<file stem>`."""
    if not os.path.isdir(folder):
        sys.exit(f"check.py: no newspaper4k texts in {folder}; "
                 "run `sh Benchmarks/heldout/fetch-newspaper4k.sh` once to download them")
    data = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            data[NEWSPAPER4K_PREFIX + stem] = {"articleBody": f.read(),
                                               "url": f"newspaper4k-0.9.6/tests/data/txt/{stem}.txt"}
    return data


def load_lee(path):
    """The reports of the Lee corpus, keyed as the annotations name them:
    `lee-<line number from 0>`."""
    if not os.path.isfile(path):
        sys.exit(f"check.py: no Lee corpus at {path}; "
                 "run `sh Benchmarks/heldout/fetch-lee.sh` once to download it")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    return {f"{LEE_PREFIX}{n}": {"articleBody": line, "url": f"gensim-4.3.3/gensim/test/test_data/lee_background.cor line {n}"}
            for n, line in enumerate(lines) if line.strip()}


def load_nyt(path):
    """The editorials of the NYT snippet file, keyed as the annotations name
    them: `nyt-<editorial number>`."""
    if not os.path.isfile(path):
        sys.exit(f"check.py: no NYT snippet file at {path}; pass --nyt PATH")
    parts = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            sid, _, text = line.split("\t", 2)
            parts.setdefault(sid.split("_")[0], []).append(text)
    return {f"{NYT_PREFIX}{e}": {"articleBody": " ".join(texts), "url": f"vader-nyt editorial {e}"}
            for e, texts in parts.items()}


def load(args, folder):
    files = annotation_files(folder)
    docs = [(p, json.load(open(p, encoding="utf-8"))) for p in files]
    wants_nyt = os.path.abspath(folder) in {os.path.abspath(SETS[n]) for n in NYT_SETS} \
        or any(str(doc.get("id", "")).startswith(NYT_PREFIX) for _, doc in docs)
    if wants_nyt:
        return load_nyt(args.nyt), docs
    wants_lee = os.path.abspath(folder) in {os.path.abspath(SETS[n]) for n in LEE_SETS} \
        or any(str(doc.get("id", "")).startswith(LEE_PREFIX) for _, doc in docs)
    if wants_lee:
        return load_lee(args.lee), docs
    wants_newspaper4k = os.path.abspath(folder) in {os.path.abspath(SETS[n]) for n in NEWSPAPER4K_SETS} \
        or any(str(doc.get("id", "")).startswith(NEWSPAPER4K_PREFIX) for _, doc in docs)
    if wants_newspaper4k:
        data = load_newspaper4k(args.newspaper4k)
    else:
        with open(args.data, encoding="utf-8") as f:
            data = json.load(f)
    return data, docs


def check_disjoint(ck, folder):
    """An article may belong to one set only: the ids of the checked folder
    must not occur in the other sets."""
    mine = {os.path.basename(p) for p in annotation_files(folder)}
    for name, other in SETS.items():
        if os.path.abspath(other) == os.path.abspath(folder):
            continue
        shared = mine & {os.path.basename(p) for p in annotation_files(other)}
        for f in sorted(shared):
            ck.error(f, f"also in the {name} set ({other}); the sets must be disjoint")


def check_document(ck, path, doc, data):
    name = os.path.basename(path)
    for key in ("id", "source", "text_sha256", "quotes", "entities"):
        if key not in doc:
            ck.error(name, f"missing key {key!r}")
    doc_id = doc.get("id")
    if doc_id not in data:
        ck.error(name, f"id {doc_id!r} not in the benchmark data")
        return None
    if name != f"{doc_id}.json":
        ck.error(name, "file name does not match the id")
    text = data[doc_id]["articleBody"]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != doc.get("text_sha256"):
        ck.error(name, f"text_sha256 differs from the benchmark text ({digest})")
        return None

    previous_end = -1
    for i, q in enumerate(doc.get("quotes", [])):
        where = f"{name} quotes[{i}]"
        kind = q.get("kind")
        if kind not in KINDS:
            ck.error(where, f"bad kind {kind!r}")
        if q.get("speaker") is not None and not isinstance(q.get("speaker"), str):
            ck.error(where, "speaker must be a string or null")
        aliases = q.get("speaker_aliases", [])
        if not isinstance(aliases, list):
            ck.error(where, "speaker_aliases must be a list")
        else:
            names = [n.casefold() for n in [q.get("speaker") or ""] + aliases]
            if len(set(names)) != len(names):
                ck.error(where, f"speaker_aliases repeat a name (ignoring case): {aliases}")
            for alias in aliases:
                if alias.casefold() in PRONOUNS:
                    ck.error(where, f"a pronoun is not an alias: {alias!r}")
            for alias in aliases + ([q["speaker"]] if q.get("speaker") else []):
                if alias.casefold() not in text.casefold():
                    ck.error(where, f"speaker or alias {alias!r} does not occur in the text")
        parts = quote_parts(q)
        if kind in ("split", "multi_paragraph") and len(parts) < 2:
            ck.error(where, f"a {kind} quote needs at least two parts")
        if kind not in ("split", "multi_paragraph") and "parts" in q:
            ck.error(where, f"a {kind} quote has no parts")
        if parts[0][0] != q.get("start") or parts[-1][1] != q.get("end"):
            ck.error(where, "parts do not begin at start and end at end")
        if q.get("start", 0) < previous_end:
            ck.error(where, "quotes overlap or are out of order")
        previous_end = q.get("end", 0)
        last = None
        for j, (s, e) in enumerate(parts):
            if not ck.span(f"{where} part {j}", text, s, e, quote=True):
                continue
            if last is not None and s < last:
                ck.error(where, "parts overlap or are out of order")
            last = e
            seg = text[s:e]
            if "\n" in seg:
                ck.error(f"{where} part {j}", "a part runs over a paragraph break")
            if any(c in seg for c in "”\""):
                ck.error(f"{where} part {j}", f"closing double quotation mark inside the part: {seg[:60]!r}")
            # a multi-paragraph part that is not the last ends its paragraph without a closing mark
            open_paragraph = kind == "multi_paragraph" and j < len(parts) - 1 and text[e:e + 1] == "\n"
            # a quote marked "unclosed" lost its closing mark in the source: it
            # ends its paragraph, and the next paragraph does not continue it;
            # in texts that lost their paragraph breaks (the Lee corpus) it ends
            # where the next quotation opens
            after = text[e:e + 4].lstrip(" ")
            unclosed = q.get("unclosed") is True and j == len(parts) - 1 \
                and (text[e:e + 1] in ("\n", "") or after[:1] in ("\"", "“"))
            if q.get("unclosed") is True and not unclosed:
                ck.error(where, "an unclosed quote must end its paragraph or the text before the next opening mark")
            ck.enclosed(f"{where} part {j}", text, s, e, close_side=not open_paragraph and not unclosed)
        if kind == "multi_paragraph" and "\n" not in text[q["start"]:q["end"]]:
            ck.error(where, "multi_paragraph quote within one paragraph")
        if kind == "split" and "\n" in text[q["start"]:q["end"]]:
            ck.error(where, "split quote runs over a paragraph break")

    for key in ("not_quotes", "nested_quotes"):
        for i, n in enumerate(doc.get(key, [])):
            where = f"{name} {key}[{i}]"
            if ck.span(where, text, n.get("start"), n.get("end")):
                ck.enclosed(where, text, n["start"], n["end"])
    for i, n in enumerate(doc.get("nested_quotes", [])):
        inside = any(q["start"] <= n["start"] and n["end"] <= q["end"] for q in doc.get("quotes", []))
        if not inside:
            ck.error(f"{name} nested_quotes[{i}]", "not inside any quote")

    seen = set()
    for i, ent in enumerate(doc.get("entities", [])):
        where = f"{name} entities[{i}]"
        surface, typ = ent.get("text"), ent.get("type")
        if typ not in TYPES:
            ck.error(where, f"bad type {typ!r}")
        if not surface or surface not in text:
            ck.error(where, f"{surface!r} does not occur in the text")
        key = (surface or "").casefold().replace("’", "'")
        if key in seen:
            ck.error(where, f"duplicate entity {surface!r} (surface forms are compared ignoring case, as the evaluation does)")
        seen.add(key)
        if surface and (surface.endswith("’s") or surface.endswith("'s")):
            ck.error(where, "possessive 's should not be part of the entity")
    return text


def export_gold(doc, text, include_nested):
    quotes = []
    for q in doc["quotes"]:
        quotes.append({"text": quote_text(text, q), "speaker": q.get("speaker"),
                       "speaker_aliases": q.get("speaker_aliases", []), "kind": q["kind"]})
    if include_nested:
        for n in doc.get("nested_quotes", []):
            quotes.append({"text": text[n["start"]:n["end"]], "speaker": n.get("speaker"),
                           "speaker_aliases": n.get("speaker_aliases", []), "kind": "partial"})
    return {"id": doc["id"], "quotes": quotes,
            "not_quotes": [{"text": text[n["start"]:n["end"]]} for n in doc.get("not_quotes", [])],
            "entities": [{"text": e["text"], "type": e["type"]} for e in doc["entities"]]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?",
                    help="folder of annotation files to check (default: the folder of the chosen --set)")
    ap.add_argument("--set", choices=sorted(SETS), default="dev",
                    help="dev: the annotations in this folder (tuning set, default); "
                         "dev2: the annotations in dev2/ (second tuning set); "
                         "dev3: the annotations in dev3/ (third tuning set); "
                         "dev4: the annotations in dev4/ (fourth tuning set); "
                         "dev5: the annotations in dev5/ (fifth tuning set); "
                         "dev6: the annotations in dev6/ (sixth tuning set, texts from newspaper4k's test data); "
                         "dev7: the annotations in dev7/ (seventh tuning set, texts from the Lee corpus in gensim's test data); "
                         "dev8: the annotations in dev8/ (eighth tuning set, NYT editorial snippets); "
                         "dev9: the annotations in dev9/ (more NYT editorial excerpts); "
                         "dev10: the annotations in dev10/ (more Lee corpus reports); "
                         "dev11: the annotations in dev11/ (the last benchmark pages with quotations); "
                         "test: the annotations in test/ (never used for tuning)")
    ap.add_argument("--data", default=os.environ.get("HELDOUT_DATA", DEFAULT_DATA),
                    help="the benchmark's ground-truth.json (default: %(default)s; env HELDOUT_DATA)")
    ap.add_argument("--newspaper4k", default=NEWSPAPER4K_TEXTS,
                    help="folder of newspaper4k's test texts, for dev6 (default: %(default)s)")
    ap.add_argument("--lee", default=LEE_TEXTS,
                    help="the Lee corpus file lee_background.cor, for dev7 (default: %(default)s)")
    ap.add_argument("--nyt", default=NYT_TEXTS,
                    help="the NYT editorial snippet file, for dev8 (default: %(default)s)")
    ap.add_argument("--quiet", action="store_true", help="do not print the quotes")
    ap.add_argument("--export", metavar="DIR", help="write gold files in the seed gold format into DIR")
    ap.add_argument("--export-texts", metavar="FILE", help='write the article texts as JSONL {"id", "text"}')
    ap.add_argument("--include-nested", action="store_true", help="export nested quotations as quotes too")
    args = ap.parse_args()
    folder = os.path.abspath(args.folder) if args.folder else SETS[args.set]
    if not os.path.isdir(folder):
        ap.error(f"no such folder: {folder}")

    data, docs = load(args, folder)
    ck = Checker()
    if not docs:
        ck.error(folder, "no annotation files (*.json)")
    check_disjoint(ck, folder)
    texts = {}
    kinds, types = collections.Counter(), collections.Counter()
    speakers_null = nested = not_quotes = 0
    for path, doc in docs:
        text = check_document(ck, path, doc, data)
        if text is None:
            continue
        texts[doc["id"]] = text
        kinds.update(q["kind"] for q in doc["quotes"])
        types.update(e["type"] for e in doc["entities"])
        speakers_null += sum(q.get("speaker") is None for q in doc["quotes"])
        nested += len(doc.get("nested_quotes", []))
        not_quotes += len(doc.get("not_quotes", []))
        if not args.quiet:
            print(f"\n=== {doc['id']}  {data[doc['id']]['url']}")
            for i, q in enumerate(doc["quotes"]):
                print(f"[{i:2}] {q['kind']:<15} {q.get('speaker')!s:<28} | {quote_text(text, q)}")
            for n in doc.get("nested_quotes", []):
                print(f"     nested          {n.get('speaker')!s:<28} | {text[n['start']:n['end']]}")
            for n in doc.get("not_quotes", []):
                print(f"     not a quote     {'':<28} | {text[n['start']:n['end']]}")

    label = next((n for n, f in SETS.items() if os.path.abspath(f) == folder), None)
    print(f"\nset: {label or folder}")
    print(f"articles: {len(docs)}  quotes: {sum(kinds.values())} "
          f"({', '.join(f'{k} {kinds[k]}' for k in sorted(kinds))}; speaker null: {speakers_null})  "
          f"nested: {nested}  not_quotes: {not_quotes}")
    print(f"entities: {sum(types.values())} ({', '.join(f'{t} {types[t]}' for t in sorted(types))})")
    if ck.errors:
        print(f"\n{len(ck.errors)} problem(s):", file=sys.stderr)
        for e in ck.errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("all checks passed")

    by_id = {doc["id"]: doc for _, doc in docs}
    if args.export:
        os.makedirs(args.export, exist_ok=True)
        for doc_id, doc in by_id.items():
            with open(os.path.join(args.export, f"{doc_id}.json"), "w", encoding="utf-8") as f:
                json.dump(export_gold(doc, texts[doc_id], args.include_nested), f, ensure_ascii=False, indent=1)
                f.write("\n")
        print(f"wrote {len(by_id)} gold files to {args.export}")
    if args.export_texts:
        parent = os.path.dirname(os.path.abspath(args.export_texts))
        os.makedirs(parent, exist_ok=True)
        with open(args.export_texts, "w", encoding="utf-8") as f:
            for doc_id in by_id:
                f.write(json.dumps({"id": doc_id, "text": texts[doc_id]}, ensure_ascii=False) + "\n")
        print(f"wrote {len(by_id)} texts to {args.export_texts}")


if __name__ == "__main__":
    main()
