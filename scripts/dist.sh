#!/usr/bin/env bash
# Assembles the shippable textpipe folder and tarball from a release build made
# with --static-swift-stdlib (see `make dist`): the binary, the SwiftPM resource
# bundles it loads at run time (found next to the binary), the ready pipelines
# and the notices. Then checks what a cluster node needs: only glibc, libstdc++
# and libxml2 as shared libraries, and a run from another folder with an empty
# environment (no HOME, no PATH, no cwd assumptions).
#
#   scripts/dist.sh BUILD_DIR DIST_FOLDER
set -euo pipefail
build=$1
folder=$2
root="$(cd "$(dirname "$0")/.." && pwd)"

rm -rf "$folder" "$folder.tar.gz"
mkdir -p "$folder"
cp "$build/textpipe" "$folder/"
# Debug info is most of the size; the symbols stay, for crash backtraces.
if command -v strip >/dev/null; then strip --strip-debug "$folder/textpipe"; fi
shopt -s nullglob
for bundle in "$build"/*.resources; do
  case "$(basename "$bundle")" in
    *Tests*) continue ;;   # test fixtures are not shipped
  esac
  cp -R "$bundle" "$folder/"
done
cp -R "$root/pipelines" "$folder/pipelines"
for notice in "$root"/Sources/*/NOTICE*.md; do cp "$notice" "$folder/"; done
cat > "$folder/README.txt" <<TXT
textpipe $(basename "$folder")

Run ./textpipe --help. Keep the *.resources folders next to the binary (or set
TEXTPIPE_ENTITIES_DATA to textpipe_EntityTagging.resources/Resources). The node
needs glibc, libstdc++ and libxml2 (Debian/Ubuntu: libxml2). See "Running on a
cluster" in the project README.
TXT

# Shared libraries: only the C runtime, libstdc++ and libxml2 (with what libxml2 itself pulls in).
allowed='^(linux-vdso\.|/lib64/ld-linux|ld-linux|(libc|libm|libdl|libpthread|librt|libutil|libgcc_s|libstdc\+\+|libxml2|libz|liblzma|libicu[a-z]*)\.)'
bad=$(ldd "$folder/textpipe" | awk '{print $1}' | grep -Ev "$allowed" || true)
if [ -n "$bad" ]; then
  echo "dist: textpipe needs shared libraries a bare node lacks:" >&2
  echo "$bad" >&2
  exit 1
fi
if ldd "$folder/textpipe" | grep -q "not found\|libswift\|libFoundation"; then
  echo "dist: the Swift runtime is not linked statically:" >&2
  ldd "$folder/textpipe" >&2
  exit 1
fi

# Smoke test: a copy in a fresh folder, run from / with an empty environment.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp -R "$folder" "$check/moved"
# A place planted in the moved copy's gazetteer proves the data beside the binary is the data used.
printf 'Zorblaxia Quintopolis\tLOC\tT\n' >> "$check/moved/textpipe_EntityTagging.resources/Resources/gazetteer.tsv"
printf '{"id":"smoke","text":"\\u201cWe will win,\\u201d said Angela Merkel in Zorblaxia Quintopolis on Monday."}\n' > "$check/in.jsonl"
(cd / && env -i "$check/moved/textpipe" run "$check/moved/pipelines/news.yaml" "$check/in.jsonl" -o "$check/out" --quiet)
grep -q '"text":"Angela Merkel","label":"PERSON"' "$check/out/documents.jsonl" \
  && grep -q '"text":"Zorblaxia Quintopolis","label":"LOC"' "$check/out/documents.jsonl" \
  || { echo "dist: the smoke run did not use the data next to the binary:" >&2; cat "$check/out/documents.jsonl" >&2; exit 1; }

tar -czf "$folder.tar.gz" -C "$(dirname "$folder")" "$(basename "$folder")"
echo "dist: $folder/ and $folder.tar.gz ($(du -sh "$folder.tar.gz" | cut -f1))"
ldd "$folder/textpipe" | sed 's/^/dist:   /'
