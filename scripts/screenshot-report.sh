#!/usr/bin/env bash
# Renders the HTML report of the seed article in headless Chromium and saves a
# PNG, then checks, in the DOM Chromium built, that entities and quotes are
# there and that a <script> planted in a document did not run.
#
#   bash scripts/screenshot-report.sh [OUT_DIR]     (default: out/report)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/report}
mkdir -p "$out"
out=$(cd "$out" && pwd)

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "installing chromium (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

swift build -c release --product textpipe >/dev/null
bin=.build/release/textpipe
rm -rf "$out/run"
"$bin" run pipelines/news.yaml seeds/ -o "$out/run" --quiet
# A hostile document: if its script ran, it would add an element with id "pwned".
printf '%s\n' '{"id":"hostile","text":"<script>document.body.insertAdjacentHTML(\"beforeend\",\"<p id=pwned>x</p>\")</script> \"<img src=x onerror=alert(1)>\" said Mallory."}' \
  | "$bin" run pipelines/news.yaml - --quiet > "$out/hostile.jsonl" || true
cat "$out/run/documents.jsonl" "$out/hostile.jsonl" > "$out/all.jsonl"
"$bin" show "$out/all.jsonl" --html "$out/report.html"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=2000)
"$browser" "${flags[@]}" --window-size=1200,2200 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
"$browser" "${flags[@]}" --dump-dom "file://$out/report.html" 2>/dev/null > "$out/dom.html"

fail=0
grep -q 'id="pwned"' "$out/dom.html" && { echo "FAIL: the planted script ran"; fail=1; }
grep -q '&lt;script&gt;document.body' "$out/dom.html" || { echo "FAIL: the planted script is not shown as text"; fail=1; }
grep -q '<mark class="quote"' "$out/dom.html" || echo "note: no quotes in the report (is the quotes stage in pipelines/news.yaml yet?)"
grep -q 'class="ent ' "$out/dom.html" || echo "note: no entities in the report (is the entities stage in pipelines/news.yaml yet?)"
[ -s "$out/report.png" ] || { echo "FAIL: no screenshot"; fail=1; }
[ $fail -eq 0 ] && echo "report: $out/report.html, screenshot: $out/report.png; the planted script did not run"
exit $fail
