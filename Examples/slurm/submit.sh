#!/bin/bash
# Submits a textpipe run as a Slurm job array of N shards and a merge job that
# starts only when every shard succeeded (afterok): a failed shard blocks it.
#
#   Examples/slurm/submit.sh N DIST_FOLDER PIPELINE OUT INPUT...
#
# Run the same command again after a failure: the whole array is resubmitted,
# the shards that finished skip at once, the others run (an unfinished one
# continues from its checkpoint), and a new merge waits for them.
# Extra sbatch options (partition, account, time) go in SBATCH_OPTIONS, e.g.
#   SBATCH_OPTIONS="--partition=batch --time=04:00:00" submit.sh 32 ...
# The IDs of the two jobs are printed: ARRAY_ID MERGE_ID.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
n=$1 dist=$2 pipeline=$3 out=$4
shift 4
abs() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$PWD" "$1" ;; esac; }
textpipe=$(abs "$dist")/textpipe
pipeline=$(abs "$pipeline")
out=$(abs "$out")
inputs=()
for input in "$@"; do inputs+=("$(abs "$input")"); done
[ -x "$textpipe" ] || { echo "submit: no textpipe binary at $textpipe (run make dist)" >&2; exit 2; }
mkdir -p "$out/logs"

# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --array="1-$n" \
  --output="$out/logs/shard-%a.log" \
  "$here/textpipe-array.sbatch" "$textpipe" "$pipeline" "$out" "${inputs[@]}")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --job-name=textpipe-merge \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes --cpus-per-task=1 \
  --output="$out/logs/merge.log" \
  --wrap="$(printf '%q ' python3 "$here/merge.py" "$out" "$n" "${inputs[@]}")")
merge=${merge%%;*}
echo "$array $merge"
