#!/usr/bin/env python3
"""Merges the shard folders of a textpipe run into one output, in input order.

    merge.py OUT N INPUT...

OUT holds shard-K-of-N/ for K = 1..N (as textpipe-array.sbatch writes them);
INPUT... are the inputs the shards were run on, in the same order. Writes
OUT/documents.jsonl and OUT/errors.jsonl (each written under a temporary name
and renamed), equal to what `textpipe run PIPELINE INPUT... -o OUT` writes on
one machine.

A shard folder exists only when its shard finished (textpipe writes it as
shard-K-of-N.partial and renames it when complete), so a missing folder is a
shard that failed or has not run: the merge then exits 1 and names them, and
nothing is written. Resubmit the array; finished shards are skipped.

Input order is textpipe's: the inputs as given, the files inside a folder by
path (UTF-8 byte order), the lines of a JSONL file by number. Each shard is in
that order already, so the merge streams them (heapq.merge) and never holds a
corpus in memory. It finds a document's place from `source.path` and
`source.line`, which textpipe sets when it reads a file; JSONL documents that
come with a `source` of their own go after the others, in shard order.

Standard library only.
"""

import heapq
import json
import os
import sys


def shard_folder(out, k, n):
    return os.path.join(out, f"shard-{k}-of-{n}")


def missing_shards(out, n):
    missing = []
    for k in range(1, n + 1):
        folder = shard_folder(out, k, n)
        try:
            with open(os.path.join(folder, ".checkpoint.json"), encoding="utf-8") as f:
                complete = json.load(f).get("complete") is True
        except (OSError, ValueError):
            complete = False
        if not complete:
            missing.append(k)
    return missing


def order_key(inputs):
    """Maps a record to its place in textpipe's input order."""
    def place(path, line):
        if isinstance(path, str):
            for index, given in enumerate(inputs):
                if path == given:
                    return (index, b"", line)
                prefix = given if given.endswith("/") else given + "/"
                if path.startswith(prefix):
                    return (index, path[len(prefix):].encode("utf-8"), line)
        return (len(inputs), b"", 0)

    def key(line):
        record = json.loads(line)
        if isinstance(record.get("error"), str) and "stage" in record:
            return place(record.get("path"), record.get("line") or 0)
        source = record.get("source") or {}
        return place(source.get("path"), source.get("line") or 0)
    return key


def lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield line.rstrip("\n")
    except FileNotFoundError:
        return


def merge_file(out, n, name, key):
    target = os.path.join(out, name)
    streams = [lines(os.path.join(shard_folder(out, k, n), name)) for k in range(1, n + 1)]
    count = 0
    with open(target + ".tmp", "w", encoding="utf-8") as f:
        for line in heapq.merge(*streams, key=key):
            f.write(line + "\n")
            count += 1
    os.replace(target + ".tmp", target)
    return count


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.split("\n\n")[1])
    out, n, inputs = argv[0], int(argv[1]), argv[2:]
    missing = missing_shards(out, n)
    if missing:
        print(f"merge: {len(missing)} of {n} shards did not finish: {', '.join(map(str, missing))}; "
              f"resubmit the array (finished shards are skipped), then merge again", file=sys.stderr)
        return 1
    key = order_key(inputs)
    documents = merge_file(out, n, "documents.jsonl", key)
    errors = merge_file(out, n, "errors.jsonl", key)
    print(f"merge: {documents} documents, {errors} failed, from {n} shards, in {out}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
