#!/usr/bin/env bash
# Benchmark: `mlsd history`, `stats` and `next` over 10,000 realistic session files, beside jq reading
# the same files. Target: no slower than jq.
#
#   Scripts/bench-sessions.sh [COUNT]        (default 10000)
#
# Environment: MLSD_BENCH_SCRATCH — SwiftPM scratch path for the release build (default .build-bench);
# MLSD_BENCH_RUNS — timed runs per command, the best is kept (default 3); MLSD_BENCH_KEEP=1 keeps the
# generated data home. The sessions are written by Scripts/bench-sessions-generate.py from the
# built-in case studies (real rubric items, answers from the example answers, evidence offsets,
# follow-ups, timers), pretty-printed like mlsd writes them.
set -euo pipefail

count="${1:-10000}"
runs="${MLSD_BENCH_RUNS:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${MLSD_BENCH_SCRATCH:-.build-bench}"

command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed for the session generator" >&2; exit 1; }

echo "Building mlsd (release, scratch path $scratch)…"
(cd "$root" && swift build -c release --scratch-path "$scratch" --product mlsd >/dev/null)
mlsd="$root/$scratch/release/mlsd"

home="$(mktemp -d "${TMPDIR:-/tmp}/mlsd-bench.XXXXXX")"
if [ "${MLSD_BENCH_KEEP:-0}" != 1 ]; then trap 'rm -rf "$home"' EXIT; fi
export MLSD_HOME="$home" TZ=UTC NO_COLOR=1

echo "Generating $count sessions in $home/sessions…"
python3 "$root/Scripts/bench-sessions-generate.py" "$root/Prompts" "$home/sessions" "$count"
files=$(find "$home/sessions" -name '*.json' | wc -l)
bytes=$(du -sh "$home/sessions" | cut -f1)
echo "$files files, $bytes"

# Seconds (wall clock) of the best of $runs runs of a command, its output discarded.
best() {
    local best_time=""
    for _ in $(seq "$runs"); do
        local start end elapsed
        start=$(date +%s.%N)
        "$@" >/dev/null 2>/tmp/mlsd-bench-stderr.$$ || { cat /tmp/mlsd-bench-stderr.$$ >&2; exit 1; }
        end=$(date +%s.%N)
        elapsed=$(echo "$end - $start" | bc -l)
        if [ -z "$best_time" ] || [ "$(echo "$elapsed < $best_time" | bc -l)" = 1 ]; then best_time=$elapsed; fi
    done
    rm -f /tmp/mlsd-bench-stderr.$$
    printf "%.3f" "$best_time"
}

# The jq equivalents read every file, as mlsd would without its index.
jq_history() {
    find "$home/sessions" -name '*.json' -print0 | xargs -0 jq -r \
        '[.startedAt, .id, .promptID, (.drillPhase // "full"), (.report.overall // "-"), (if .finishedAt then "finished" else "unfinished" end)] | @tsv' \
        | sort -r
}
jq_stats() {
    find "$home/sessions" -name '*.json' -print0 | xargs -0 cat | jq -s '
        [.[] | select(.report) | .report.phases as $p | range(0; $p | length; 2) | {phase: $p[.], score: $p[. + 1].score}]
        | group_by(.phase) | map({phase: .[0].phase, average: (map(.score) | add / length), attempts: length})'
}
jq_next() {
    # Last score per (prompt, phase), weakest first: the core of a schedule, without the SM-2 replay.
    find "$home/sessions" -name '*.json' -print0 | xargs -0 cat | jq -s '
        [.[] | select(.report) | .promptID as $id | .startedAt as $at | .report.phases as $p
         | range(0; $p | length; 2) | {key: "\($id)/\($p[.])", at: $at, score: $p[. + 1].score}]
        | group_by(.key) | map(max_by(.at)) | sort_by(.score) | .[:8]'
}

warnings=$("$mlsd" history 2>&1 >/dev/null | grep -c warning || true)
cold_runs=()
for _ in $(seq "$runs"); do rm -rf "$home/cache"; cold_runs+=("$(runs=1 best "$mlsd" history)"); done
cold=$(printf "%s\n" "${cold_runs[@]}" | sort -n | head -1)
echo "Skipped files: $warnings (must be 0)"
echo

printf "%-44s %10s\n" "command (best of $runs, seconds)" "time"
printf "%-44s %10s\n" "mlsd history, first run (builds the index)" "$cold"
h=$(best "$mlsd" history);            printf "%-44s %10s\n" "mlsd history" "$h"
hj=$(best "$mlsd" history --json);    printf "%-44s %10s\n" "mlsd history --json" "$hj"
s=$(best "$mlsd" stats);              printf "%-44s %10s\n" "mlsd stats" "$s"
n=$(best "$mlsd" next);               printf "%-44s %10s\n" "mlsd next" "$n"
jh=$(best jq_history);                printf "%-44s %10s\n" "jq: history fields of every file, sorted" "$jh"
js=$(best jq_stats);                  printf "%-44s %10s\n" "jq: per-phase averages (slurp)" "$js"
jn=$(best jq_next);                   printf "%-44s %10s\n" "jq: latest score per prompt and phase" "$jn"
echo
for pair in "history:$h:$jh" "stats:$s:$js" "next:$n:$jn"; do
    IFS=: read -r name ours theirs <<<"$pair"
    verdict=$([ "$(echo "$ours <= $theirs" | bc -l)" = 1 ] && echo "ok" || echo "SLOWER than jq")
    printf "%-8s mlsd %6ss  jq %6ss  %5.1fx  %s\n" "$name" "$ours" "$theirs" "$(echo "$theirs / $ours" | bc -l)" "$verdict"
done
