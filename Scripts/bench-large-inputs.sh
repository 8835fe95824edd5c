#!/usr/bin/env bash
# Benchmark: time and peak memory of mlsd on large and hostile inputs (issue 9), in a release build.
# Targets: `score` on 1,000,000 lines within 10 s and 600 MB; one-line 1 MB / 3 MB prompts load in
# under 1 s; `review` of a 50 MB session without 10x its size in memory. Prints one row per input:
#
#   input                               seconds   peak MB   exit
#
#   Scripts/bench-large-inputs.sh
#
# Environment: MLSD_BENCH_SCRATCH — SwiftPM scratch path for the release build (default .build-bench);
# MLSD_BENCH_KEEP=1 keeps the generated files. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${MLSD_BENCH_SCRATCH:-.build-bench}"
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }

echo "Building mlsd (release, scratch path $scratch)…"
(cd "$root" && swift build -c release --scratch-path "$scratch" --product mlsd >/dev/null)
mlsd="$root/$scratch/release/mlsd"

work="$(mktemp -d "${TMPDIR:-/tmp}/mlsd-bench-large.XXXXXX")"
if [ "${MLSD_BENCH_KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
export MLSD_HOME="$work/home" TZ=UTC NO_COLOR=1
mkdir -p "$MLSD_HOME/sessions" "$work/prompts-1mb" "$work/prompts-3mb"

echo "Generating inputs in $work…"
python3 - "$root/Prompts" "$work" <<'PY'
import json, sys, copy
prompts, work = sys.argv[1], sys.argv[2]
# score: a million short lines (JSON, 6.9 MB), one 5 MB line, 10 MB of Markdown.
lines = "\n".join(["ok yes"] * 1_000_000)
json.dump({"prompt": "video-recommendation", "answers": {"clarify": lines}}, open(f"{work}/million-lines.json", "w"))
sentence = "We train a two tower model on watch time and rank the candidates by predicted value "
json.dump({"prompt": "video-recommendation", "answers": {"model": sentence * (5_000_000 // len(sentence))}},
          open(f"{work}/one-5mb-line.json", "w"))
with open(f"{work}/ten-mb.md", "w") as out:
    out.write("prompt: video-recommendation\n")
    for phase in ["Clarify", "Frame", "Data", "Model", "Evaluate", "Deploy"]:
        out.write(f"## {phase}\n" + ("We would ask how many users there are and log watch time.\n" * 29_000))
# Prompts saved on one line (no line breaks): the built-in prompt with its facts repeated.
base = json.load(open(f"{prompts}/video-recommendation.json"))
for size, folder in [(1 << 20, "prompts-1mb"), (3 << 20, "prompts-3mb")]:
    prompt = copy.deepcopy(base)
    prompt["id"] = "one-line"
    facts = base["facts"]
    n = 0
    while len(json.dumps(prompt, separators=(",", ":"))) < size:
        for fact in facts:
            copy_ = dict(fact); copy_["id"] = f"{fact['id']}-{n}"; prompt["facts"].append(copy_); n += 1
    open(f"{work}/{folder}/one-line.json", "w").write(json.dumps(prompt, separators=(",", ":")))
PY

# A 50 MB session: a finished interview recorded by mlsd itself, its answer padded to 50 MB.
printf 'We log watch time per user.\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n/next\n' \
    | "$mlsd" practice video-recommendation --feedback end >/dev/null 2>&1 || true
session="$(ls "$MLSD_HOME/sessions"/*.json | head -n 1)"
python3 - "$session" <<'PY'
import json, sys
path = sys.argv[1]
session = json.load(open(path))
session["phases"][0]["answer"] = "We log watch time per user and rank by it.\n" * (50_000_000 // 43)
json.dump(session, open(path, "w"), indent=2, sort_keys=True)
PY
id="$(basename "$session" .json)"

printf '%-36s %8s %9s %5s\n' input seconds "peak MB" exit
measure() {
    local label="$1"; shift
    local report status
    report="$(mktemp)"
    status=0
    /usr/bin/time -f '%e %M' -o "$report" "$@" >/dev/null 2>&1 || status=$?
    read -r seconds kilobytes <"$report"
    printf '%-36s %8s %9d %5s\n' "$label" "$seconds" "$((kilobytes / 1024))" "$status"
    rm -f "$report"
}
measure "score million-lines.json ($(du -h "$work/million-lines.json" | cut -f1))" "$mlsd" score "$work/million-lines.json"
measure "score one-5mb-line.json" "$mlsd" score "$work/one-5mb-line.json"
measure "score ten-mb.md ($(du -h "$work/ten-mb.md" | cut -f1))" "$mlsd" score "$work/ten-mb.md"
measure "prompts list, 1 MB one-line prompt" "$mlsd" prompts list --prompts "$work/prompts-1mb"
measure "prompts list, 3 MB one-line prompt" "$mlsd" prompts list --prompts "$work/prompts-3mb"
measure "prompts list (reference: built-ins)" "$mlsd" prompts list
measure "review 50 MB session ($(du -h "$session" | cut -f1))" "$mlsd" review "$id"
