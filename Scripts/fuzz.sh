#!/usr/bin/env bash
# Builds the libFuzzer targets in Scripts/Fuzz/ and runs each for a while.
#
# usage: Scripts/fuzz.sh [SECONDS] [TARGET…]
#   SECONDS  how long to fuzz each target (default 30)
#   TARGET   any of: prompt answer-file session session-index scorer key-decoder source-map (default: all)
#
# Each target is Scripts/Fuzz/<Name>FuzzTarget.swift (plus FuzzRequirement.swift), compiled with
# `swiftc -sanitize=fuzzer,address` together with the library it exercises (CoachKit or TerminalKit,
# instrumented the same way) and the BuiltinPrompts module. BuiltinPrompts is made of Sources/BuiltinPrompts/ plus the EmbeddedPrompts.swift that the
# PromptEmbedder plugin writes, so the script first runs `swift build --target BuiltinPrompts` to get
# exactly what the package build embeds.
#
# Inputs: Scripts/Fuzz/Seeds/<target>/ (small real examples, kept in git) and Scripts/Fuzz/Crashes/<target>/
# (fixed finds). New interesting inputs go to <build>/corpus/<target>/ (not in git). A crash, timeout,
# leak or out-of-memory input is saved as Scripts/Fuzz/Crashes/<target>/<kind>-<hash>; the regression
# tests (FuzzRegressionTests, KeyDecoderFuzzRegressionTests) run every file there, so a saved crash
# fails `swift test` until it is fixed. To keep one aside while it is being fixed, move it to
# Scripts/Fuzz/Open/<target>/ and note it in Scripts/Fuzz/Open/README.md.
#
# Environment:
#   FUZZ_BUILD_DIR        where objects, binaries, the corpus and logs go (default .build-fuzz)
#   FUZZ_SCRATCH_PATH     the SwiftPM scratch path used to get EmbeddedPrompts.swift (default .build)
#   FUZZ_TIMEOUT          seconds one input may take before it counts as a hang (default 30)
#   FUZZ_EXTRA_FLAGS      more libFuzzer flags, e.g. "-only_ascii=1 -max_len=2000"
# Exits 0 when no target found anything, 1 when one did, 2 when the build failed.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(prompt answer-file session session-index scorer key-decoder source-map)
seconds=30
targets=()
for argument in "$@"; do
  case "$argument" in
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    ''|*[!0-9]*)
      if [[ " ${all_targets[*]} " == *" $argument "* ]]; then
        targets+=("$argument")
      else
        echo "unknown target '$argument'; the targets are: ${all_targets[*]}" >&2
        exit 64
      fi ;;
    *) seconds="$argument" ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

build="${FUZZ_BUILD_DIR:-.build-fuzz}"
mkdir -p "$build/logs"
build="$(cd "$build" && pwd)"
scratch="${FUZZ_SCRATCH_PATH:-.build}"
timeout="${FUZZ_TIMEOUT:-30}"

source_file() {
  case "$1" in
    prompt) echo Scripts/Fuzz/PromptFuzzTarget.swift ;;
    answer-file) echo Scripts/Fuzz/AnswerFileFuzzTarget.swift ;;
    session) echo Scripts/Fuzz/SessionFuzzTarget.swift ;;
    session-index) echo Scripts/Fuzz/SessionIndexFuzzTarget.swift ;;
    scorer) echo Scripts/Fuzz/ScorerFuzzTarget.swift ;;
    key-decoder) echo Scripts/Fuzz/KeyDecoderFuzzTarget.swift ;;
    source-map) echo Scripts/Fuzz/SourceMapFuzzTarget.swift ;;
  esac
}
# libFuzzer flags of one target: the source map gets inputs long enough to nest past the 256-level limit.
target_flags() {
  case "$1" in
    source-map) echo "-max_len=65536" ;;
  esac
}
library_of() {
  case "$1" in
    key-decoder) echo TerminalKit ;;
    *) echo CoachKit ;;
  esac
}

now() { date +%s; }
build_start=$(now)

# Compiles one module to a static library unless its sources and flags are unchanged since last time.
# It compiles a snapshot of the sources (under $build/src, mapped back to the real paths in debug
# info and #file), so files edited while it runs cannot break the build halfway. FILES are relative
# to the package root.
#   compile_module NAME "FLAGS" FILES…
compile_module() {
  local name="$1" flags="$2"
  shift 2
  local snapshot="$build/src/$name" stamp="$build/$name.stamp" hash
  rm -rf "$snapshot"
  mkdir -p "$snapshot"
  tar -cf - "$@" | tar -xf - -C "$snapshot"
  hash=$( { echo "$flags"; swiftc --version 2>&1; printf "%s\n" "$@"; cd "$snapshot" && cat "$@"; } | sha256sum | cut -d' ' -f1)
  if [ -f "$build/lib$name.a" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    echo "   $name: up to date"
    return 0
  fi
  local start root="$PWD"
  start=$(now)
  # Compiled from inside the snapshot, whose path is then mapped back to the checkout's.
  # shellcheck disable=SC2086  # FLAGS is a list of words
  if ! (cd "$snapshot" && swiftc -parse-as-library -swift-version 6 -module-name "$name" -wmo -num-threads 2 $flags \
      -file-prefix-map "$snapshot=$root" -I "$build" \
      -emit-module -emit-module-path "$build/$name.swiftmodule" -emit-library -static "$@" -o "$build/lib$name.a") \
      >"$build/logs/compile-$name.log" 2>&1; then
    grep -E 'error:' -A3 "$build/logs/compile-$name.log" | head -40
    echo "fuzz.sh: compiling $name failed; see $build/logs/compile-$name.log" >&2
    exit 2
  fi
  echo "$hash" >"$stamp"
  echo "   $name: compiled in $(( $(now) - start )) s"
}

echo "== building the fuzz targets in $build"
if ! swift build --target BuiltinPrompts --scratch-path "$scratch" >"$build/logs/swift-build.log" 2>&1; then
  tail -20 "$build/logs/swift-build.log"
  echo "fuzz.sh: swift build --target BuiltinPrompts failed" >&2
  exit 2
fi
embedded=$(ls "$scratch"/plugins/outputs/*/BuiltinPrompts/destination/PromptEmbedder/EmbeddedPrompts.swift 2>/dev/null | head -1 || true)
if [ -z "$embedded" ]; then
  echo "fuzz.sh: no EmbeddedPrompts.swift under $scratch/plugins/outputs; did the PromptEmbedder plugin run?" >&2
  exit 2
fi

# The sanitizer flags must match across the modules linked together. -O keeps the fuzzers fast;
# -g gives crash stacks with file and line.
instrumented="-O -g -sanitize=fuzzer,address"
mkdir -p "$build/generated"
cp "$embedded" "$build/generated/EmbeddedPrompts.swift"
compile_module BuiltinPrompts "$instrumented" Sources/BuiltinPrompts/*.swift "${build#"$PWD/"}/generated/EmbeddedPrompts.swift"
needs_coachkit=0
needs_terminalkit=0
for target in "${targets[@]}"; do
  case "$(library_of "$target")" in
    CoachKit) needs_coachkit=1 ;;
    TerminalKit) needs_terminalkit=1 ;;
  esac
done
if [ "$needs_coachkit" = 1 ]; then
  # shellcheck disable=SC2046  # one argument per source file
  compile_module CoachKit "$instrumented" $(find Sources/CoachKit -name '*.swift' | LC_ALL=C sort)
fi
if [ "$needs_terminalkit" = 1 ]; then
  # shellcheck disable=SC2046
  compile_module TerminalKit "$instrumented" $(find Sources/TerminalKit -name '*.swift' | LC_ALL=C sort)
fi

for target in "${targets[@]}"; do
  library=$(library_of "$target")
  objects=("$build/lib$library.a")
  [ "$library" = CoachKit ] && objects+=("$build/libBuiltinPrompts.a")
  if ! swiftc -parse-as-library -swift-version 6 $instrumented -I "$build" \
      "$(source_file "$target")" Scripts/Fuzz/FuzzRequirement.swift "${objects[@]}" \
      -o "$build/fuzz-$target" >"$build/logs/link-$target.log" 2>&1; then
    grep -E 'error' -A3 "$build/logs/link-$target.log" | head -40
    echo "fuzz.sh: building the $target fuzzer failed; see $build/logs/link-$target.log" >&2
    exit 2
  fi
done
build_seconds=$(( $(now) - build_start ))
echo "   built ${#targets[@]} target(s) in $build_seconds s"

# Memory a `static let` keeps for the whole run (the built-in prompts, compiled scorers) is not a
# leak, but LeakSanitizer cannot always see that it is reachable: Swift keeps enum case tags in the
# spare bits of pointers. So allocations made inside a global's one-time initialiser are suppressed;
# leaks made while running an input are still reported.
printf 'leak:swift::threading_impl::once_slow\nleak:swift_once\n' >"$build/lsan-suppressions.txt"
export LSAN_OPTIONS="suppressions=$build/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Decoding the prompts nests deeply; keep whole allocation stacks so the suppression can see the
# initialiser at their root.
export ASAN_OPTIONS="malloc_context_size=255${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# Let libFuzzer and AddressSanitizer print the stack of a trap; Swift's own backtracer would
# otherwise take over the crashed process and trip AddressSanitizer itself.
export SWIFT_BACKTRACE=enable=no

echo "== fuzzing each target for $seconds s"
found=()
summary=()
run_start=$(now)
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  seeds="Scripts/Fuzz/Seeds/$target"
  crashes="Scripts/Fuzz/Crashes/$target"
  log="$build/logs/fuzz-$target.log"
  mkdir -p "$corpus" "$seeds" "$crashes"
  before=$(ls "$crashes" | wc -l)
  # shellcheck disable=SC2086  # FUZZ_EXTRA_FLAGS is a list of flags
  set +e
  "$build/fuzz-$target" "$corpus" "$seeds" "$crashes" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$crashes/" $(target_flags "$target") ${FUZZ_EXTRA_FLAGS:-} >"$log" 2>&1
  status=$?
  set -e
  runs=$(grep -E -o 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -E -o '[0-9]+$' || echo "?")
  speed=$(grep -E -o 'stat::average_exec_per_sec: *[0-9]+' "$log" | tail -1 | grep -E -o '[0-9]+$' || echo "?")
  coverage=$(grep -E -o 'cov: [0-9]+' "$log" | tail -1 | grep -E -o '[0-9]+' || echo "?")
  after=$(ls "$crashes" | wc -l)
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    found+=("$target")
    summary+=("$(printf '%-12s FOUND A PROBLEM (exit %s) after %s runs; input saved in %s/' "$target" "$status" "$runs" "$crashes")")
    echo "--- $target: libFuzzer report ($log)"
    grep -E -A45 'Fatal error|^==[0-9]+==ERROR|ALARM|out-of-memory' "$log" | grep -v -E 'compiler-rt/lib/fuzzer|libswiftCore.so|^ *#[0-9]+ .* in (main|__libc_start)' | head -70
    echo "---"
  else
    summary+=("$(printf '%-12s ok: %s runs, %s exec/s, coverage %s edges' "$target" "$runs" "$speed" "$coverage")")
  fi
done
echo "== summary (build $build_seconds s, fuzzing $(( $(now) - run_start )) s)"
printf '   %s\n' "${summary[@]}"
if [ ${#found[@]} -gt 0 ]; then
  echo "fuzz.sh: problems found in: ${found[*]}. Reproduce with: $build/fuzz-<target> <input file>"
  exit 1
fi
