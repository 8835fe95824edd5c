#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer, each in its own scratch
# folder (.build-asan, .build-tsan) so the instrumented builds never disturb the ordinary .build.
#
# usage: Scripts/sanitizers.sh [address] [thread] [-- SWIFT_TEST_ARGUMENTS…]
#   With no sanitizer named, runs both (address first). Arguments after "--" go to `swift test`,
#   e.g. `Scripts/sanitizers.sh thread -- --filter SessionTests`.
# Each run's full output is kept in <scratch>/sanitizer-test.log. Exits 0 when every run passes;
# otherwise prints the sanitizer reports and exits 1.
#
# Slow: each sanitizer compiles everything once more (several minutes on two cores) and the tests
# run 2–15 times slower than usual.
set -uo pipefail
cd "$(dirname "$0")/.."

sanitizers=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    address|thread) sanitizers+=("$1") ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
  shift
done
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)

# Leak checking stays on with ASan, minus what is not this package's leak: memory a Swift `static let`
# keeps for the whole process (LeakSanitizer misses references Swift hides in the spare bits of enum
# payloads, so it calls them leaks), and allocations the toolchain's own libraries never free
# (Bundle.allBundles, Process.run's weak-reference side table, XCTest's bookkeeping, and a 4 KB buffer
# FoundationEssentials' readBytesFromFile keeps when Data/String(contentsOf:) reads a file). Whole
# allocation stacks (malloc_context_size) let the suppressions see a global's initialiser at the root.
mkdir -p .build-asan
suppressions="$PWD/.build-asan/lsan-suppressions.txt"
cat >"$suppressions" <<'EOF_SUPPRESSIONS'
leak:swift::threading_impl::once_slow
leak:swift_once
leak:CFBundleCopyAllBundles
leak:10Foundation7ProcessC3run
leak:FoundationEssentials17readBytesFromFile
leak:libXCTest.so
EOF_SUPPRESSIONS
export LSAN_OPTIONS="suppressions=$suppressions${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:malloc_context_size=255}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1:history_size=4}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

failed=()
for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
  esac
  mkdir -p "$scratch"
  log="$scratch/sanitizer-test.log"
  echo "== swift test --sanitize=$sanitizer --scratch-path $scratch ${extra[*]:-}"
  start=$(date +%s)
  swift test --sanitize="$sanitizer" --scratch-path "$scratch" ${extra[@]+"${extra[@]}"} >"$log" 2>&1
  status=$?
  elapsed=$(( $(date +%s) - start ))
  # Sanitizer reports start with "==PID==ERROR:" (ASan, LSan) or "WARNING: ThreadSanitizer:".
  reports=$(grep -c -E '^==[0-9]+==ERROR: |^WARNING: ThreadSanitizer: ' "$log" || true)
  if [ "$status" -eq 0 ] && [ "$reports" -eq 0 ]; then
    echo "   passed in ${elapsed} s ($(grep -E -o '[0-9]+ tests? (passed|in [0-9]+ suites passed)|Executed [0-9]+ tests?, with 0 failures' "$log" | tr '\n' ';'))"
  else
    echo "   FAILED in ${elapsed} s: exit status $status, $reports sanitizer report(s); see $log"
    grep -n -E -A40 '^==[0-9]+==ERROR: |^WARNING: ThreadSanitizer: ' "$log" | head -200
    grep -E '^✘|error: ' "$log" | head -40
    failed+=("$sanitizer")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "sanitizers failed: ${failed[*]}"
  exit 1
fi
echo "sanitizers passed: ${sanitizers[*]}"
