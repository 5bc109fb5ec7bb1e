#!/usr/bin/env bash
# `make bench`: sets up the peers' virtual environment, builds textpipe in
# release mode and runs every comparison (Benchmarks/bench.py), then writes
# Benchmarks/results/latest.json, the tables in Benchmarks/README.md and
# Benchmarks/results/chart.svg. Not part of `make test`.
#
#   make bench                  # the full run (about 15-20 minutes on 2 cores)
#   BENCH_QUICK=1 make bench    # one round, fewer pages, 1k/10k documents for scale
#   BENCH_SECTIONS=html,full make bench      # a subset (html segment entq sentiment full scale profile)
#   BENCH_SCRATCH=.build-bench make bench    # build in another scratch folder
set -euo pipefail
export BENCH_STARTED="$(date +%s.%N)"
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
apt_install() {
  echo "bench: installing $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# 1. the peers, pinned, in an ignored virtual environment
VENV=Benchmarks/.venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" 2>/dev/null || { rm -rf "$VENV"; apt_install python3-venv; python3 -m venv "$VENV"; }
fi
# (pip 23, as bundled with Python 3.11, trips over trafilatura's and readability's lxml[html_clean])
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "pip>=24"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt

# the profile section needs valgrind and objcopy; without them it is reported as not measured
command -v valgrind >/dev/null 2>&1 || apt_install valgrind || echo "bench: valgrind not installed; the profile will be skipped"
command -v objcopy >/dev/null 2>&1 || apt_install binutils || true
command -v /usr/bin/time >/dev/null 2>&1 || apt_install time || true

# 2. textpipe, release build
build=(-c release --product textpipe)
[ -n "${BENCH_SCRATCH:-}" ] && build+=(--scratch-path "$BENCH_SCRATCH")
swift build "${build[@]}"
BIN="$(swift build "${build[@]}" --show-bin-path)/textpipe"

# 3. the comparisons
args=(--textpipe "$BIN")
[ -n "${BENCH_QUICK:-}" ] && [ "${BENCH_QUICK}" != 0 ] && args+=(--quick)
[ -n "${BENCH_SECTIONS:-}" ] && args+=(--sections "$BENCH_SECTIONS")
"$VENV/bin/python" Benchmarks/bench.py "${args[@]}"
echo "bench: done in $(( $(date +%s) - ${BENCH_STARTED%.*} )) s"
