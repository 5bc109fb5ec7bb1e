#!/usr/bin/env python3
"""Run a textpipe pipeline on Apache Spark.

    spark-submit --master yarn Examples/spark/textpipe_spark.py \\
        --dist dist/textpipe-0.1.0-linux-x86_64.tar.gz \\
        --pipeline pipelines/news.yaml \\
        --jsonl hdfs:///corpus/articles.jsonl --output /shared/runs/articles

The job ships the textpipe dist (the folder or tarball `make dist` builds) and
the pipeline file with the job: no install on the nodes. Each partition pipes
its documents through one `textpipe run PIPELINE - -o - --errors-ok` process,
started with an explicit environment, and a partition whose process exits
non-zero fails its task, so Spark retries it (a task's output is committed only
when the task succeeds: a retry never duplicates a document). The result:

    OUTPUT/parts/part-NNNNN   one file per partition, documents and error records
    OUTPUT/documents.jsonl    the documents, in input order: what `textpipe run
                              PIPELINE INPUT -o OUT` writes on one machine
    OUTPUT/errors.jsonl       the documents that failed, as textpipe writes them

Two input modes:

--jsonl FILE (repeatable): JSONL files read by Spark (local paths, HDFS, S3),
    one document a line. The job records each line's file and line number in
    the document's `source` (as textpipe does when it reads the file itself),
    so the output is the same as a single-machine run over the same files.
--folder DIR: a folder of HTML, XML, text or JSONL files on a file system every
    executor sees (NFS, Lustre, a local[*] run). Partition K of N runs
    `textpipe run PIPELINE DIR --shard K/N -o -`; the merge puts the documents
    back in textpipe's input order (files by path).

Only the standard library and pyspark are needed.
"""

import argparse
import glob
import heapq
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

# Error records on standard output (--errors-ok with -o -) are the JSON objects
# of errors.jsonl: `id`, `path`, `line`, `stage`, `error`. A document never has
# both a top-level `stage` and `error`.


def is_error_record(record):
    return isinstance(record.get("error"), str) and "stage" in record


def parse_args(argv):
    p = argparse.ArgumentParser(description="Run a textpipe pipeline on Spark.")
    p.add_argument("--dist", required=True,
                   help="the folder or .tar.gz made by `make dist` (local path, or a URL Spark can fetch for a .tar.gz)")
    p.add_argument("--pipeline", required=True, help="the pipeline file (YAML or JSON)")
    p.add_argument("--ship", action="append", default=[],
                   help="another file the pipeline names (a lexicon, a plugin); shipped next to the pipeline file (repeatable)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--jsonl", action="append", help="a JSONL file of documents (repeatable)")
    source.add_argument("--folder", help="a folder of files that every executor can read")
    p.add_argument("--output", required=True, help="output folder (local or shared file system)")
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions (default: Spark's default parallelism); with --folder, the number of shards")
    p.add_argument("--jobs", type=int, default=1, help="textpipe --jobs per partition (default 1: one core per task)")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="an environment variable for textpipe (repeatable); nothing else is passed on")
    p.add_argument("--overwrite", action="store_true", help="replace an earlier run's output")
    p.add_argument("--master", help="Spark master when not given to spark-submit, e.g. local[2]")
    p.add_argument("--app-name", default="textpipe")
    return p.parse_args(argv)


# ---------------------------------------------------------------------------
# On the executors


def locate_binary(archive_name):
    """The textpipe binary inside the unpacked dist archive on this executor."""
    from pyspark import SparkFiles
    root = SparkFiles.get(archive_name)
    for candidate in [os.path.join(root, "textpipe")] + sorted(glob.glob(os.path.join(root, "*", "textpipe"))):
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError(f"textpipe: no textpipe binary in the shipped archive at {root}")


def run_textpipe(arguments, settings, lines=None, label="partition"):
    """Runs textpipe, feeding `lines` (str, without newline) on stdin when given,
    and yields its standard output line by line. Raises when it exits non-zero,
    so that Spark fails and retries the task."""
    binary = locate_binary(settings["archive"])
    from pyspark import SparkFiles
    pipeline = SparkFiles.get(settings["pipeline"])
    command = [binary, "run", pipeline] + arguments + ["-o", "-", "--errors-ok", "--quiet",
                                                      "--jobs", str(settings["jobs"])]
    # An explicit environment: textpipe needs none of the executor's (no HOME, no
    # PATH); only what the user passed with --env.
    env = dict(settings["env"])
    workdir = os.path.dirname(pipeline)
    process = subprocess.Popen(command, stdin=subprocess.PIPE if lines is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=workdir)
    failure = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass  # textpipe stopped reading; its exit status tells why
        except BaseException as error:  # noqa: BLE001 - reported below
            failure.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    stderr_tail = []

    def drain_stderr():
        # Logs go to the executor's log; the last lines go into the task's error.
        for raw in process.stderr:
            sys.stderr.write(f"textpipe[{label}]: " + raw.decode("utf-8", "replace"))
            stderr_tail.append(raw.decode("utf-8", "replace").rstrip("\n"))
            del stderr_tail[:-20]

    threads = [threading.Thread(target=drain_stderr, daemon=True)]
    if lines is not None:
        threads.append(threading.Thread(target=feed, daemon=True))
    for t in threads:
        t.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    status = process.wait()
    for t in threads:
        t.join()
    if failure:
        raise failure[0]
    if status != 0:
        how = f"was killed by signal {-status}" if status < 0 else f"exited with status {status}"
        raise RuntimeError(f"textpipe {how} on {label}: " + " | ".join(stderr_tail[-5:]))


def with_source(path, number, line):
    """The line, with `source` recording its file and 1-based line number when
    it is a JSON object without one: what textpipe adds when it reads the file."""
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict) or "source" in record:
        return line
    source = json.dumps({"path": path, "format": "jsonl", "line": number}, ensure_ascii=False,
                        separators=(",", ":"))
    body = line.rstrip()
    inner = body[:-1].rstrip()
    # Appended last, as textpipe appends a new field; the rest of the line is left as written.
    return inner + ("," if not inner.endswith("{") else "") + '"source":' + source + "}"


def jsonl_partition(settings):
    def run(index, rows):
        # Where each line fed came from, to name it in error records; a line is
        # always fed before textpipe answers for it.
        places = []

        def lines():
            for path, number, text in rows:
                places.append((path, number))
                yield with_source(path, number, text)

        for out in run_textpipe(["-"], settings, lines(), label=f"partition {index}"):
            yield fix_error_place(out, places)
    return run


def fix_error_place(line, places):
    """Error records of lines textpipe could not read name standard input and the
    line within the partition; give them the file and line a single run names."""
    if '"error"' not in line:
        return line
    record = json.loads(line)
    if not is_error_record(record) or record.get("path") != "-" or not isinstance(record.get("line"), int):
        return line
    n = record["line"]
    if not 1 <= n <= len(places):
        return line
    path, number = places[n - 1]
    fixed = {}
    for key, value in record.items():
        if key == "id" and value == f"stdin:{n}":
            value = f"{os.path.basename(path)}:{number}"
        elif key == "path":
            value = path
        elif key == "line":
            value = number
        elif key == "error" and value.startswith(f"line {n}"):
            value = f"line {number}" + value[len(f"line {n}"):]
        fixed[key] = value
    return json.dumps(fixed, ensure_ascii=False, separators=(",", ":"))


def folder_partition(settings, folder, shards):
    def run(index, _):
        yield from run_textpipe([folder, "--shard", f"{index + 1}/{shards}"], settings,
                                label=f"shard {index + 1}/{shards}")
    return run


# ---------------------------------------------------------------------------
# On the driver


def ship(sc, args, scratch):
    """Adds the dist archive and the pipeline file to the job; returns their names on the executors."""
    dist = args.dist
    if os.path.isdir(dist):
        archive = os.path.join(scratch, os.path.basename(os.path.normpath(dist)) + ".tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(dist, arcname=os.path.basename(os.path.normpath(dist)))
        dist = archive
    sc.addArchive(dist + "#textpipe-dist")
    sc.addFile(os.path.abspath(args.pipeline))
    for extra in args.ship:
        sc.addFile(os.path.abspath(extra))
    return "textpipe-dist", os.path.basename(args.pipeline)


def order_key_for_folder(folder):
    """textpipe reads a folder's files by path (UTF-8 byte order); documents of one file stay together."""
    def key(line):
        record = json.loads(line)
        path = record.get("path") if is_error_record(record) else (record.get("source") or {}).get("path")
        return (path or "").encode("utf-8")
    return key


def merge(parts_dir, output, folder=None):
    """Writes documents.jsonl and errors.jsonl from the part files, in input order, atomically."""
    parts = sorted(glob.glob(os.path.join(parts_dir, "part-*")))
    if not os.path.exists(os.path.join(parts_dir, "_SUCCESS")):
        raise RuntimeError(f"{parts_dir} has no _SUCCESS marker: the Spark job did not finish")

    def lines(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    yield line

    if folder is None:
        stream = (line for part in parts for line in lines(part))   # partitions are in input order
    else:
        key = order_key_for_folder(folder)
        stream = heapq.merge(*(lines(part) for part in parts), key=key)  # each shard is in input order
    documents = os.path.join(output, "documents.jsonl")
    errors = os.path.join(output, "errors.jsonl")
    counts = [0, 0]
    with open(documents + ".tmp", "w", encoding="utf-8") as d, open(errors + ".tmp", "w", encoding="utf-8") as e:
        for line in stream:
            record_is_error = '"error"' in line and is_error_record(json.loads(line))
            (e if record_is_error else d).write(line + "\n")
            counts[record_is_error] += 1
    os.replace(errors + ".tmp", errors)
    os.replace(documents + ".tmp", documents)
    return counts[0], counts[1]


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from pyspark.sql import SparkSession

    output = os.path.abspath(args.output)
    parts_dir = os.path.join(output, "parts")
    if os.path.exists(output):
        if not args.overwrite:
            sys.exit(f"textpipe-spark: {output} exists; pass --overwrite to replace it, or choose another --output")
        shutil.rmtree(output)
    os.makedirs(output)

    builder = SparkSession.builder.appName(args.app_name)
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    scratch = tempfile.mkdtemp(prefix="textpipe-spark-")
    try:
        archive, pipeline = ship(sc, args, scratch)
        env = {"LC_ALL": "C.UTF-8"}
        for item in args.env:
            name, _, value = item.partition("=")
            env[name] = value
        settings = {"archive": archive, "pipeline": pipeline, "jobs": args.jobs, "env": env}
        partitions = args.partitions or sc.defaultParallelism

        if args.jsonl:
            rdds = []
            for path in args.jsonl:
                lines = sc.textFile(path, minPartitions=max(1, partitions // len(args.jsonl)))
                numbered = lines.zipWithIndex().filter(lambda pair: pair[0].strip() != "")
                rdds.append(numbered.map(lambda pair, path=path: (path, pair[1] + 1, pair[0])))
            rdd = rdds[0] if len(rdds) == 1 else sc.union(rdds)
            results = rdd.mapPartitionsWithIndex(jsonl_partition(settings))
            folder = None
        else:
            folder = args.folder
            results = sc.parallelize(range(partitions), partitions).mapPartitionsWithIndex(
                folder_partition(settings, folder, partitions))
        results.saveAsTextFile("file://" + parts_dir)
        documents, errors = merge(parts_dir, output, folder)
        print(f"textpipe-spark: {documents} documents, {errors} failed; output in {output}/", file=sys.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        spark.stop()


if __name__ == "__main__":
    main()
