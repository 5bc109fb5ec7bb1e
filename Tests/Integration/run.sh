#!/usr/bin/env bash
# The cluster integration tests (`make test-integration`, run by CI after
# `make test`): the dist build in shards, on a one-node Slurm cluster and on
# PySpark in local[2], over generated corpora (10,000 JSONL documents).
#
#   Tests/Integration/run.sh DIST_FOLDER
#
# Makes Tests/Integration/.venv with pyspark from PyPI on first use (Java 17 must
# be on PATH). TEXTPIPE_TEST_DOCUMENTS changes the corpus size.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "$1" && pwd)"
venv="$here/.venv"
pyspark_version="3.5.6"

command -v java >/dev/null || { echo "test-integration: Java 17 is needed for Spark (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "test-integration: installing pyspark $pyspark_version into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "pyspark==$pyspark_version"
fi

export TEXTPIPE_DIST="$dist" TEXTPIPE_SPARK_PYTHON="$venv/bin/python"
start=$SECONDS
cd "$here/../.."
"$venv/bin/python" -m unittest -v Tests/Integration/test_cluster.py
echo "test-integration: passed in $((SECONDS - start)) s"
