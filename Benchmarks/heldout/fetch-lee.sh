#!/bin/sh
# Downloads gensim's wheel 4.3.3 from PyPI and unpacks the Lee corpus from its
# test data under Benchmarks/work/ (ignored by git). The dev7 annotations
# point into lee_background.cor; check.py reads it from
# Benchmarks/work/gensim-4.3.3/gensim/test/test_data/. The platform flags pick
# one fixed wheel whatever the machine: only its text file is used.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="$here/Benchmarks/work"
target="$work/gensim-4.3.3"
mkdir -p "$work"
if [ -f "$target/gensim/test/test_data/lee_background.cor" ]; then
    echo "Lee corpus already in $target/gensim/test/test_data"
    exit 0
fi
python3 -m pip download --quiet --no-deps --only-binary :all: \
    --python-version 3.11 --platform manylinux2014_x86_64 --dest "$work" gensim==4.3.3
mkdir -p "$target/gensim/test/test_data"
python3 - "$work/gensim-4.3.3-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl" "$target" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    wheel.extract("gensim/test/test_data/lee_background.cor", sys.argv[2])
PY
echo "Lee corpus in $target/gensim/test/test_data/lee_background.cor"
