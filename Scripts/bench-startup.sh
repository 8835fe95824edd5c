#!/usr/bin/env bash
# Benchmark: start-up and 10,000-session figures of a release mlsd, each beside jq on the same files,
# measured in one run with the runs interleaved (jq, mlsd, jq, mlsd, …) so machine load hits both.
# Prints medians of wall and CPU time, their ratios to jq and max RSS; the issue 10 targets (on wall
# time) are shown next to each. On a busy machine the CPU ratio shows what waiting for a core hides.
#
#   Scripts/bench-startup.sh [--runs N] [--sessions N] [--bin PATH] [--before PATH]
#
#   --runs N       timed runs per command (default 7; the median is shown)
#   --sessions N   sessions generated for the second table (default 10000; 0 skips it)
#   --bin PATH     the mlsd to measure (default: build `swift build -c release --static-swift-stdlib`)
#   --before PATH  an older mlsd to measure in the same run, shown in extra columns
#
# Start-up reference: `jq -r .id Prompts/*.json` (about 1 MB, the built-in prompt files).
# Session reference: jq reading the history fields of every session file (what mlsd does without its
# index). mlsd's session figures are warm: the index is built by one untimed run first.
# Needs jq, python3 (the timer) and /usr/bin/time (each process's own max RSS; apt-get install -y time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=7 sessions=10000 bin="" before=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sessions) sessions="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    --before) before="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done
command -v jq >/dev/null || { echo "bench-startup.sh: jq is needed (apt-get install -y jq)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench-startup.sh: python3 is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-startup.sh: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 1; }
if [ -z "$bin" ]; then
  echo "Building mlsd (release, static Swift runtime)…"
  (cd "$root" && swift build -c release --static-swift-stdlib --product mlsd >/dev/null)
  bin="$root/.build/release/mlsd"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mlsd-bench-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/home-before"
cp "$root/Scripts/Fuzz/Seeds/answer-file/answers.md" "$work/answers.md"
printf '/quit\n' >"$work/quit.txt"
if [ "$sessions" -gt 0 ]; then
  echo "Generating $sessions sessions…"
  python3 "$root/Scripts/bench-sessions-generate.py" "$root/Prompts" "$work/sessions/sessions" "$sessions"
  mkdir -p "$work/sessions-before"
  cp -r "$work/sessions/sessions" "$work/sessions-before/sessions"
fi

BIN="$bin" BEFORE="$before" WORK="$work" ROOT="$root" RUNS="$runs" SESSIONS="$sessions" python3 - <<'PY'
import glob, os, statistics, subprocess, sys, time

bin, before, work, root = os.environ["BIN"], os.environ["BEFORE"], os.environ["WORK"], os.environ["ROOT"]
runs, sessions = int(os.environ["RUNS"]), int(os.environ["SESSIONS"])
prompts = sorted(glob.glob(os.path.join(root, "Prompts", "*.json")))

rss_file = os.path.join(work, "rss.txt")

def run(argv, env, stdin=None):
    """Wall seconds, CPU seconds (user + system) and max RSS (KB) of one process, its output
    discarded. The RSS comes from /usr/bin/time: a child forked from Python would report Python's own
    RSS as its peak. The CPU time (from wait4, which includes time's reaped child) shows how much of
    the wall time was spent waiting for a busy machine's cores."""
    with open(stdin or os.devnull, "rb") as source, open(os.devnull, "wb") as sink, open(os.devnull, "wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + argv,
                                   stdin=source, stdout=sink, stderr=errors, env=env, cwd=work)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv[:4])} exited {code}")
    with open(rss_file) as f:
        return elapsed, usage.ru_utime + usage.ru_stime, int(f.read().split()[-1])

def env_for(home):
    env = dict(os.environ, MLSD_HOME=home, NO_COLOR="1", TZ="UTC")
    return env

def measure(cases):
    """cases: name -> (argv, env, stdin). Interleaved runs; returns name -> (median wall s, median CPU s, max RSS KB)."""
    walls = {name: [] for name in cases}
    cpus = {name: [] for name in cases}
    rss = {name: 0 for name in cases}
    for name, (argv, env, stdin) in cases.items():
        run(argv, env, stdin)  # warm the page cache (and the session index)
    for _ in range(runs):
        for name, (argv, env, stdin) in cases.items():
            elapsed, cpu, kb = run(argv, env, stdin)
            walls[name].append(elapsed)
            cpus[name].append(cpu)
            rss[name] = max(rss[name], kb)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name]), rss[name]) for name in cases}

def table(title, reference, commands, targets):
    binaries = [("after", bin)] + ([("before", before)] if before else [])
    cases = {"jq": reference}
    for label, path in binaries:
        for name, (args, home, stdin) in commands.items():
            if label == "before":
                home = home.replace(work + "/home", work + "/home-before").replace(work + "/sessions", work + "/sessions-before")
            cases[(label, name)] = ([path] + args, env_for(home), stdin)
    result = measure(cases)
    jq_time, jq_cpu, jq_rss = result["jq"]
    print(f"\n{title}  (median of {runs} interleaved runs; jq: {jq_time * 1000:.1f} ms wall, {jq_cpu * 1000:.1f} ms CPU, {jq_rss / 1024:.1f} MB)")
    header = f"{'command':36} {'wall ms':>8} {'x jq':>7} {'CPU ms':>7} {'x jq':>7} {'MB':>6}  target"
    if before:
        header += f"   | before: {'wall ms':>8} {'x jq':>7} {'CPU x jq':>8} {'MB':>6}"
    print(header)
    for name in commands:
        t, cpu, kb = result[("after", name)]
        ratio_target, rss_target = targets[name]
        ok = t / jq_time <= ratio_target and (rss_target is None or kb / 1024 <= rss_target)
        target = f"≤{ratio_target}x" + (f", ≤{rss_target} MB" if rss_target else "") + (" ok" if ok else " MISSED")
        line = f"{name:36} {t * 1000:8.1f} {t / jq_time:7.3f} {cpu * 1000:7.1f} {cpu / jq_cpu:7.3f} {kb / 1024:6.1f}  {target:24}"
        if before:
            bt, bcpu, bkb = result[("before", name)]
            line += f" | {bt * 1000:16.1f} {bt / jq_time:7.3f} {bcpu / jq_cpu:8.3f} {bkb / 1024:6.1f}"
        print(line)
    print(f"load average during the table: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

home = os.path.join(work, "home")
startup = {
    "prompts list": (["prompts", "list"], home, None),
    "prompts show video-recommendation": (["prompts", "show", "video-recommendation"], home, None),
    "score answers.md (small)": (["score", "answers.md"], home, None),
    "practice first screen (piped /quit)": (["practice", "feed-ranking"], home, os.path.join(work, "quit.txt")),
    "--version": (["--version"], home, None),
}
table("Start-up, built-in prompts", (["jq", "-r", ".id"] + prompts, env_for(home), None), startup,
      {name: (1.0, 25) for name in startup})

if sessions > 0:
    shome = os.path.join(work, "sessions")
    files = sorted(glob.glob(os.path.join(shome, "sessions", "*.json")))
    listing = os.path.join(work, "session-files.txt")
    # jq over every session file (xargs splits the list like the shell would).
    reference = (["sh", "-c", f"xargs jq -r '[.startedAt, .id, .promptID, (.drillPhase // \"full\"), (.report.overall // \"-\")] | @tsv' < {listing} | sort -r"], env_for(shome), None)
    with open(listing, "w") as f:
        f.write("\n".join(files) + "\n")
    commands = {
        "history --limit 10": (["history", "--limit", "10"], shome, None),
        "stats": (["stats"], shome, None),
        "next": (["next"], shome, None),
        "history --json": (["history", "--json"], shome, None),
    }
    table(f"{len(files)} sessions, warm index", reference, commands,
          {"history --limit 10": (0.02, None), "stats": (0.02, None), "next": (0.02, None), "history --json": (0.03, None)})
PY
