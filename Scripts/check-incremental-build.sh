#!/usr/bin/env bash
# Checks that an ordinary incremental `swift build` picks up changes to the built-in case studies in
# Prompts/, which the PromptEmbedder plugin compiles into the binary:
#   (a) an edited prompt (its title changed in place),
#   (b) a new prompt file (the template `mlsd prompts new` writes, copied into Prompts/),
#   (b2) that new file edited in place,
#   (c) that file removed again,
#   (d) one of the original files removed (one the last build planning saw).
# After each change it runs a plain `swift build` and checks `mlsd prompts list --json`.
#
# It works on a copy in a temporary folder, so the checkout and its .build are never touched. By
# default the copy is the working tree (tracked and untracked, not ignored files, uncommitted changes
# included); with --head it is a `git clone` of the committed HEAD instead.
#
# usage: Scripts/check-incremental-build.sh [--head] [--keep]
#   --keep   leave the temporary copy in place (its path is printed) for a look afterwards
# Exits 0 when every change is reflected, 1 otherwise.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
from_head=0
keep=0
for argument in "$@"; do
  case "$argument" in
    --head) from_head=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $argument (see --help)" >&2; exit 64 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/mlsd-incremental.XXXXXX")"
cleanup() {
  if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

copy="$work/mlsd"
if [ "$from_head" = 1 ]; then
  git clone --quiet "$repo" "$copy"
else
  mkdir -p "$copy"
  # Files git knows about plus new ones that are not ignored; skip tracked files deleted in the tree.
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' path; do
    [ -e "$path" ] && printf '%s\0' "$path"
  done | tar --null -T - -cf -) | tar -xf - -C "$copy"
fi
home="$work/home"
mkdir -p "$home"
cd "$copy"

failures=0
pass() { echo "  PASS: $*"; }
fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }

# Runs `swift build`, prints how long it took and whether the embedding command and a re-plan ran.
build() {
  local label="$1" log="$work/build-$1.log" start end
  start=$(date +%s.%N)
  if ! swift build >"$log" 2>&1; then
    end=$(date +%s.%N)
    echo "  swift build FAILED after $(awk "BEGIN{printf \"%.1f\", $end-$start}") s; last lines:"
    tail -15 "$log" | sed 's/^/    | /'
    return 1
  fi
  end=$(date +%s.%N)
  local embedded=no
  grep -q "Embedding" "$log" && embedded=yes
  echo "  swift build: $(awk "BEGIN{printf \"%.1f\", $end-$start}") s (prompt embedding ran: $embedded)"
}

bin() { "$(swift build --show-bin-path)/mlsd" "$@"; }

# Prints the built-in prompts as "id<TAB>title" lines.
builtin_prompts() {
  MLSD_HOME="$home" bin prompts list --json | python3 -c '
import json, sys
for entry in json.load(sys.stdin):
    if entry["source"] == "built-in":
        print(entry["id"] + "\t" + entry["title"])
'
}

# Rewrites a prompt file's title in place (same inode), so only the file's own modification time
# changes and not its folder's, which is how most editors that save in place behave.
set_title() {
  python3 - "$1" "$2" <<'PY'
import sys
path, title = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
start = text.index('"title": "')
end = text.index('"', start + len('"title": "'))
text = text[:start] + '"title": "' + title + text[end:]
with open(path, "r+", encoding="utf-8") as handle:
    handle.seek(0)
    handle.write(text)
    handle.truncate()
PY
}

echo "== initial build in $copy"
build initial || exit 1
before="$(builtin_prompts)"
echo "  $(echo "$before" | wc -l) built-in prompts"

echo "== (a) edit the title of Prompts/video-recommendation.json in place"
new_title="Video home feed (edited $(date +%s))"
set_title Prompts/video-recommendation.json "$new_title"
if build edit; then
  if builtin_prompts | grep -qF "video-recommendation	$new_title"; then
    pass "the edited title is listed"
  else
    fail "the binary still has the old title: $(builtin_prompts | grep '^video-recommendation')"
  fi
else
  fail "the build after the edit failed"
fi

echo "== (b) add Prompts/incremental-check.json (from 'mlsd prompts new')"
MLSD_HOME="$home" bin prompts new incremental-check >/dev/null
mv "$home/prompts/incremental-check.json" Prompts/incremental-check.json
if build add; then
  if builtin_prompts | grep -q "^incremental-check	"; then
    pass "the new prompt is listed as built-in"
  else
    fail "the new prompt is missing from the binary"
  fi
else
  fail "the build after adding the file failed"
fi

echo "== (b2) edit the new file's title in place"
set_title Prompts/incremental-check.json "Incremental check, edited"
if build add-edit; then
  if builtin_prompts | grep -qF "incremental-check	Incremental check, edited"; then
    pass "the new file's edited title is listed"
  else
    fail "the binary has a stale title for the new file: $(builtin_prompts | grep '^incremental-check' || echo none)"
  fi
else
  fail "the build after editing the new file failed"
fi

echo "== (c) remove Prompts/incremental-check.json"
rm Prompts/incremental-check.json
if build remove; then
  if builtin_prompts | grep -q "^incremental-check	"; then
    fail "the removed prompt is still in the binary"
  else
    pass "the removed prompt is gone"
  fi
else
  fail "the build after removing the file failed"
fi

echo "== (d) remove Prompts/visual-search.json, a file the last build planning saw"
rm Prompts/visual-search.json
if build remove-original; then
  if builtin_prompts | grep -q "^visual-search	"; then
    fail "the removed prompt is still in the binary"
  else
    pass "the removed prompt is gone"
  fi
else
  fail "the build after removing an original file failed"
fi

echo "== no-op build (nothing changed)"
build noop || fail "the no-op build failed"

if [ "$failures" -eq 0 ]; then
  echo "incremental build check: all changes reflected"
else
  echo "incremental build check: $failures check(s) failed"
  exit 1
fi
