#!/usr/bin/env python3
"""Cluster integration tests: the dist build of textpipe run in shards as plain
processes, as a Slurm job array (a one-node cluster started here from Debian's
packages) and as a PySpark job in local[2], each compared document for
document with a single-machine run of the same build.

    TEXTPIPE_DIST=dist/textpipe-0.1.0-linux-x86_64 python -m unittest Tests/Integration/test_cluster.py

Run by Tests/Integration/run.sh (`make test-integration`), which makes the
virtual environment with pyspark. Standard library otherwise.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIST = os.path.abspath(os.environ.get("TEXTPIPE_DIST", ""))
TEXTPIPE = os.path.join(DIST, "textpipe")
NEWS = os.path.join(ROOT, "pipelines", "news.yaml")
SPARK_JOB = os.path.join(ROOT, "Examples", "spark", "textpipe_spark.py")
SLURM = os.path.join(ROOT, "Examples", "slurm")
JSONL_COUNT = int(os.environ.get("TEXTPIPE_TEST_DOCUMENTS", "10000"))
FOLDER_COUNT = 600


def run(command, **kwargs):
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(command, text=True, **kwargs)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def ids(path):
    return [json.loads(line)["id"] for line in read(path).splitlines()]


class Corpus:
    """Made once: the generated corpora and the single-machine runs they are compared with."""
    _root = None

    @classmethod
    def root(cls):
        if cls._root is None:
            cls._root = tempfile.mkdtemp(prefix="textpipe-cluster-")
            corpus = os.path.join(HERE, "make_corpus.py")
            subprocess.run([sys.executable, corpus, "--jsonl", cls.path("corpus.jsonl"), "--count", str(JSONL_COUNT)],
                           check=True)
            subprocess.run([sys.executable, corpus, "--folder", cls.path("folder"), "--count", str(FOLDER_COUNT)],
                           check=True)
            # A slower pipeline for the runs that are killed half-way.
            with open(cls.path("slow.yaml"), "w", encoding="utf-8") as f:
                f.write(read(NEWS) + "  - use: delay\n    with: {milliseconds: 15}\n")
        return cls._root

    @classmethod
    def path(cls, *parts):
        return os.path.join(cls.root() if cls._root is None else cls._root, *parts)

    @classmethod
    def single(cls, name, pipeline, inputs):
        """The single-machine run, made once per name."""
        out = cls.path("single-" + name)
        if not os.path.exists(os.path.join(out, "documents.jsonl")):
            r = run([TEXTPIPE, "run", pipeline] + inputs + ["-o", out, "--errors-ok", "--quiet", "--overwrite"])
            assert r.returncode == 0, r.stderr
        return out

    @classmethod
    def cleanup(cls):
        if cls._root and not os.environ.get("KEEP"):
            shutil.rmtree(cls._root, ignore_errors=True)


def tearDownModule():
    Corpus.cleanup()


@unittest.skipUnless(os.access(TEXTPIPE, os.X_OK), f"no dist build at {DIST}; set TEXTPIPE_DIST")
class ShardTests(unittest.TestCase):
    """Plain processes: --shard and the scheduler variables, atomic shard folders, the merge."""

    def setUp(self):
        self.work = tempfile.mkdtemp(dir=Corpus.root())
        self.folder = Corpus.path("folder")

    def shard(self, k, n, out, pipeline=NEWS, env=None, **kwargs):
        command = [TEXTPIPE, "run", pipeline, self.folder, "-o", os.path.join(out, f"shard-{k}-of-{n}"),
                   "--errors-ok", "--jobs", "2"]
        if env is None:
            command += ["--shard", f"{k}/{n}"]
        return run(command, env=env or {}, **kwargs)

    def test_shards_partition_rerun_finishes_only_missing_and_merge_equals_single(self):
        single = Corpus.single("folder-slow", Corpus.path("slow.yaml"), [self.folder])
        out = os.path.join(self.work, "out")
        n = 4
        for k in (1, 2, 4):
            r = self.shard(k, n, out, Corpus.path("slow.yaml"))
            self.assertEqual(r.returncode, 0, r.stderr)
        # Shard 3 is killed half-way: only its .partial folder exists, and the merge refuses.
        process = subprocess.Popen([TEXTPIPE, "run", Corpus.path("slow.yaml"), self.folder, "-o",
                                    os.path.join(out, "shard-3-of-4"), "--errors-ok", "--shard", "3/4", "--jobs", "1"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={})
        partial = os.path.join(out, "shard-3-of-4.partial", "documents.jsonl")
        # Killed once it has written documents and a checkpoint: a partial folder
        # without a checkpoint is started afresh (correctly, but silently).
        checkpoint = os.path.join(out, "shard-3-of-4.partial", ".checkpoint.json")
        deadline = time.time() + 60
        while time.time() < deadline and (not os.path.exists(partial) or os.path.getsize(partial) == 0
                                          or not os.path.exists(checkpoint)):
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.assertFalse(os.path.exists(os.path.join(out, "shard-3-of-4")))
        self.assertTrue(os.path.exists(partial))
        blocked = run([sys.executable, os.path.join(SLURM, "merge.py"), out, "4", self.folder])
        self.assertEqual(blocked.returncode, 1)
        self.assertIn("1 of 4 shards did not finish: 3", blocked.stderr)
        self.assertFalse(os.path.exists(os.path.join(out, "documents.jsonl")))

        # Rerunning every shard: the finished ones do nothing, shard 3 continues.
        before = {k: os.stat(os.path.join(out, f"shard-{k}-of-4", "documents.jsonl")).st_mtime_ns for k in (1, 2, 4)}
        for k in range(1, n + 1):
            r = self.shard(k, n, out, Corpus.path("slow.yaml"))
            self.assertEqual(r.returncode, 0, r.stderr)
            if k == 3:
                self.assertIn("continuing the unfinished shard", r.stderr)
            else:
                self.assertIn("already holds the complete output of shard", r.stderr)
                after = os.stat(os.path.join(out, f"shard-{k}-of-4", "documents.jsonl")).st_mtime_ns
                self.assertEqual(after, before[k])
        self.assertEqual(sorted(os.listdir(out)),
                         [".shard-1-of-4.lock", ".shard-2-of-4.lock", ".shard-3-of-4.lock", ".shard-4-of-4.lock",
                          "shard-1-of-4", "shard-2-of-4", "shard-3-of-4", "shard-4-of-4"])

        # The shards partition the inputs exactly.
        shard_ids = [set(ids(os.path.join(out, f"shard-{k}-of-4", "documents.jsonl"))
                         + ids(os.path.join(out, f"shard-{k}-of-4", "errors.jsonl"))) for k in range(1, 5)]
        everything = set(ids(os.path.join(single, "documents.jsonl")) + ids(os.path.join(single, "errors.jsonl")))
        self.assertEqual(sum(len(s) for s in shard_ids), len(everything))
        self.assertEqual(set().union(*shard_ids), everything)
        self.assertTrue(all(len(s) > 0 for s in shard_ids))

        merged = run([sys.executable, os.path.join(SLURM, "merge.py"), out, "4", self.folder])
        self.assertEqual(merged.returncode, 0, merged.stderr)
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "errors.jsonl")), read(os.path.join(single, "errors.jsonl")))
        self.assertGreater(len(read(os.path.join(out, "errors.jsonl")).splitlines()), 0)

    def test_scheduler_variables_and_duplicate_attempts(self):
        single = Corpus.single("folder", NEWS, [self.folder])
        out = os.path.join(self.work, "out")
        # Slurm with 0-based ids, as three tasks would see it; the third runs twice at once.
        base = {"SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "2", "SLURM_ARRAY_TASK_COUNT": "3"}
        procs = []
        for task in (0, 1, 2, 2):
            env = dict(base, SLURM_ARRAY_TASK_ID=str(task))
            procs.append(subprocess.Popen([TEXTPIPE, "run", NEWS, self.folder, "-o",
                                           os.path.join(out, f"shard-{task + 1}-of-3"), "--errors-ok", "--jobs", "1"],
                                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        results = []
        for p in procs:
            err = p.communicate()[1]
            results.append((p.returncode, err))
        for status, err in results:
            self.assertEqual(status, 0, err)
        self.assertIn("shard 1/3 from SLURM_ARRAY_TASK_ID=0", results[0][1])
        self.assertTrue(any("already holds the complete output" in err for _, err in results[2:]),
                        "one of the two attempts at shard 3 found it done")
        merged = run([sys.executable, os.path.join(SLURM, "merge.py"), out, "3", self.folder])
        self.assertEqual(merged.returncode, 0, merged.stderr)
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))

        # Kubernetes Indexed Job: JOB_COMPLETION_INDEX (0-based) with TEXTPIPE_SHARD_COUNT.
        k8s = os.path.join(self.work, "k8s")
        for index in range(2):
            r = run([TEXTPIPE, "run", NEWS, self.folder, "-o", os.path.join(k8s, f"shard-{index + 1}-of-2"),
                     "--errors-ok"], env={"JOB_COMPLETION_INDEX": str(index), "TEXTPIPE_SHARD_COUNT": "2"})
            self.assertEqual(r.returncode, 0, r.stderr)
        merged = run([sys.executable, os.path.join(SLURM, "merge.py"), k8s, "2", self.folder])
        self.assertEqual(merged.returncode, 0, merged.stderr)
        self.assertEqual(read(os.path.join(k8s, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))


def slurm_cluster(test):
    """Starts the one-node cluster once; skips with the reason when it cannot run here."""
    if not hasattr(slurm_cluster, "conf"):
        state = os.path.join(Corpus.root(), "slurm")
        os.makedirs(state, exist_ok=True)
        r = run(["bash", os.path.join(HERE, "slurm_local.sh"), "start", state])
        slurm_cluster.state = state
        slurm_cluster.conf = r.stdout.strip() if r.returncode == 0 else None
        slurm_cluster.reason = r.stderr.strip()
        if r.returncode not in (0, 77):
            raise AssertionError(f"slurm_local.sh failed: {r.stderr}")
    if slurm_cluster.conf is None:
        test.skipTest(slurm_cluster.reason)
    return slurm_cluster.conf


@unittest.skipUnless(os.access(TEXTPIPE, os.X_OK), f"no dist build at {DIST}; set TEXTPIPE_DIST")
class SlurmTests(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        if getattr(slurm_cluster, "state", None):
            run(["bash", os.path.join(HERE, "slurm_local.sh"), "stop", slurm_cluster.state])

    def wait(self, env, job_ids, timeout=600):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = run(["squeue", "-h", "-j", ",".join(job_ids), "-o", "%i %T %r"], env=env)
            active = [line for line in r.stdout.splitlines() if line.strip()]
            if not active:
                return
            time.sleep(1)
        self.fail(f"Slurm jobs {job_ids} did not finish: {active}")

    def job_state(self, env, job_id):
        r = run(["scontrol", "show", "job", job_id], env=env)
        for field in r.stdout.split():
            if field.startswith("JobState="):
                return field.split("=", 1)[1]
        return "UNKNOWN"

    def test_array_failed_shard_blocks_merge_and_resubmit_runs_only_it(self):
        conf = slurm_cluster(self)
        env = dict(os.environ, SLURM_CONF=conf)
        work = tempfile.mkdtemp(dir=Corpus.root())
        folder = Corpus.path("folder")
        single = Corpus.single("folder", NEWS, [folder])
        # A dist folder whose textpipe fails for task 2 while the marker file exists.
        fake = os.path.join(work, "dist")
        os.makedirs(fake)
        marker = os.path.join(work, "fail-task-2")
        open(marker, "w").close()
        with open(os.path.join(fake, "textpipe"), "w") as f:
            f.write(f"#!/bin/sh\nif [ \"$SLURM_ARRAY_TASK_ID\" = 2 ] && [ -e {marker} ]; then\n"
                    f"  echo 'textpipe: injected failure' >&2; exit 4\nfi\nexec {TEXTPIPE} \"$@\"\n")
        os.chmod(os.path.join(fake, "textpipe"), 0o755)
        out = os.path.join(work, "out")

        first = run(["bash", os.path.join(SLURM, "submit.sh"), "4", fake, NEWS, out, folder], env=env, cwd=work)
        self.assertEqual(first.returncode, 0, first.stderr)
        array, merge = first.stdout.split()
        self.wait(env, [array, merge])
        self.assertNotEqual(self.job_state(env, merge), "COMPLETED", "a failed shard blocks the merge")
        self.assertFalse(os.path.exists(os.path.join(out, "documents.jsonl")))
        self.assertEqual(sorted(d for d in os.listdir(out) if d.startswith("shard-")),
                         ["shard-1-of-4", "shard-3-of-4", "shard-4-of-4"])

        os.remove(marker)
        mtimes = {k: os.stat(os.path.join(out, f"shard-{k}-of-4", "documents.jsonl")).st_mtime_ns for k in (1, 3, 4)}
        again = run(["bash", os.path.join(SLURM, "submit.sh"), "4", fake, NEWS, out, folder], env=env, cwd=work)
        self.assertEqual(again.returncode, 0, again.stderr)
        array, merge = again.stdout.split()
        self.wait(env, [array, merge])
        self.assertEqual(self.job_state(env, merge), "COMPLETED", read(os.path.join(out, "logs", "merge.log")))
        for k in (1, 3, 4):
            self.assertIn("already holds the complete output", read(os.path.join(out, "logs", f"shard-{k}.log")))
            self.assertEqual(os.stat(os.path.join(out, f"shard-{k}-of-4", "documents.jsonl")).st_mtime_ns, mtimes[k])
        self.assertIn("shard 2/4 from SLURM_ARRAY_TASK_ID=2", read(os.path.join(out, "logs", "shard-2.log")))
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "errors.jsonl")), read(os.path.join(single, "errors.jsonl")))


SPARK_PYTHON = os.environ.get("TEXTPIPE_SPARK_PYTHON")


@unittest.skipUnless(os.access(TEXTPIPE, os.X_OK), f"no dist build at {DIST}; set TEXTPIPE_DIST")
@unittest.skipUnless(SPARK_PYTHON, "TEXTPIPE_SPARK_PYTHON (a python with pyspark) is not set; run.sh sets it")
class SparkTests(unittest.TestCase):
    def spark(self, master, arguments, **kwargs):
        command = [SPARK_PYTHON, SPARK_JOB, "--master", master, "--dist", DIST, "--pipeline", NEWS] + arguments
        env = dict(os.environ, PYSPARK_PYTHON=SPARK_PYTHON, SPARK_LOCAL_IP="127.0.0.1")
        return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)

    def finish(self, process):
        out, err = process.communicate(timeout=1200)
        self.assertEqual(process.returncode, 0, err[-4000:])
        return err

    def test_jsonl_in_local2_equals_single_machine(self):
        corpus = Corpus.path("corpus.jsonl")
        single = Corpus.single("jsonl", NEWS, [corpus])
        out = os.path.join(tempfile.mkdtemp(dir=Corpus.root()), "spark")
        err = self.finish(self.spark("local[2]", ["--jsonl", corpus, "--output", out, "--partitions", "4"]))
        parts = sorted(p for p in os.listdir(os.path.join(out, "parts")) if p.startswith("part-"))
        self.assertEqual(len(parts), 4, "one part file per partition")
        self.assertEqual(ids(os.path.join(out, "documents.jsonl")), ids(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "errors.jsonl")), read(os.path.join(single, "errors.jsonl")))
        documents = len(read(os.path.join(single, "documents.jsonl")).splitlines())
        self.assertGreater(documents, JSONL_COUNT * 0.99)
        self.assertIn(f"textpipe-spark: {documents} documents", err)

    def test_folder_in_local2_equals_single_machine(self):
        folder = Corpus.path("folder")
        single = Corpus.single("folder", NEWS, [folder])
        out = os.path.join(tempfile.mkdtemp(dir=Corpus.root()), "spark")
        self.finish(self.spark("local[2]", ["--folder", folder, "--output", out, "--partitions", "3"]))
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "errors.jsonl")), read(os.path.join(single, "errors.jsonl")))

    def test_killed_partition_is_retried_and_output_is_complete(self):
        corpus = Corpus.path("corpus.jsonl")
        single = Corpus.single("jsonl", NEWS, [corpus])
        out = os.path.join(tempfile.mkdtemp(dir=Corpus.root()), "spark")
        # local[2,4]: two cores, a task may fail up to 4 times (plain local[2] never retries).
        process = self.spark("local[2,4]", ["--jsonl", corpus, "--output", out, "--partitions", "4"])
        killed = []

        def kill_one():
            # The first textpipe started from the shipped archive, once it has run half a second.
            seen = {}
            deadline = time.time() + 600
            while time.time() < deadline and process.poll() is None:
                for pid in os.listdir("/proc"):
                    if not pid.isdigit():
                        continue
                    try:
                        cmdline = read(f"/proc/{pid}/cmdline").split("\0")
                    except OSError:
                        continue
                    if cmdline and cmdline[0].endswith("/textpipe") and "textpipe-dist" in cmdline[0] \
                            and "--errors-ok" in cmdline:
                        first = seen.setdefault(pid, time.time())
                        if time.time() - first > 0.5:
                            os.kill(int(pid), signal.SIGKILL)
                            killed.append(int(pid))
                            return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_one)
        killer.start()
        err = self.finish(process)
        killer.join()
        self.assertEqual(len(killed), 1, "one partition's textpipe was killed")
        self.assertIn("was killed by signal 9", err)
        self.assertEqual(read(os.path.join(out, "documents.jsonl")), read(os.path.join(single, "documents.jsonl")))
        self.assertEqual(read(os.path.join(out, "errors.jsonl")), read(os.path.join(single, "errors.jsonl")))


if __name__ == "__main__":
    unittest.main()
