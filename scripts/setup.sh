#!/usr/bin/env bash
# Installs what textpipe needs to build and that a fresh machine may lack:
# libxml2's headers (through pkg-config). Safe to run again: it only installs
# what is missing.
set -euo pipefail

need_apt=()
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if ! pkg-config --exists libxml-2.0 2>/dev/null; then
  need_apt+=(libxml2-dev)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: swift is not on PATH; install the Swift 6 toolchain (swift.org) and run again" >&2
  exit 1
fi
