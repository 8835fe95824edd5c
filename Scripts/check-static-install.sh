#!/usr/bin/env bash
# Checks the README's single-file install: a release build with the Swift runtime linked in
# (`--static-swift-stdlib`) has no dynamic dependency on the toolchain's libraries, and the copied
# binary runs from an empty folder with no Swift on its library path. Prints the binary's size.
#
#   Scripts/check-static-install.sh [BINARY]
#
# Without BINARY it builds one (about two minutes on two cores, so .ci/run does it once, not `swift test`).
# Exits 0 when the binary is self-contained, 1 when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-}"
if [ -z "$binary" ]; then
  echo "== building mlsd (release, --static-swift-stdlib)"
  swift build -c release --static-swift-stdlib --product mlsd >/dev/null
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/mlsd"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mlsd-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/elsewhere"
cp "$binary" "$work/bin/mlsd"
installed="$work/bin/mlsd"
failed=0

# The Swift runtime's libraries as named in a toolchain; none may be NEEDED, and no RUNPATH/RPATH may
# point into a toolchain.
swift_libs='libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU|libicu'
needed="$(readelf -d "$installed" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
echo "NEEDED: $(echo "$needed" | tr '\n' ' ')"
if echo "$needed" | grep -E -q "$swift_libs"; then
  echo "FAIL: the binary needs the Swift runtime: $(echo "$needed" | grep -E "$swift_libs" | tr '\n' ' ')" >&2
  failed=1
fi
# SwiftPM sets RUNPATH $ORIGIN (the binary's own folder), which is harmless; any other search path
# (such as the toolchain's usr/lib/swift/linux) would tie the binary to this machine.
runpath="$(readelf -d "$installed" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p' | tr ':' '\n' | grep -v -x '\$ORIGIN' || true)"
if [ -n "$runpath" ]; then
  echo "FAIL: the binary searches for libraries in: $(echo "$runpath" | tr '\n' ' ')" >&2
  failed=1
fi
if ldd "$installed" | grep -E "$swift_libs|not found"; then
  echo "FAIL: ldd resolves Swift libraries or misses some (above)" >&2
  failed=1
fi

# Run the copy from another folder, with a minimal environment and nothing Swift on any path.
if ! (cd "$work/elsewhere" && env -i HOME="$work/home" MLSD_HOME="$work/home" PATH=/usr/bin:/bin "$installed" prompts list >"$work/list.txt" 2>&1); then
  echo "FAIL: the installed copy does not run:" >&2
  cat "$work/list.txt" >&2
  failed=1
elif ! grep -q video-recommendation "$work/list.txt"; then
  echo "FAIL: the installed copy does not list the built-in case studies" >&2
  failed=1
fi

bytes=$(stat -c %s "$installed")
echo "binary size: $bytes bytes ($(( (bytes + 524288) / 1048576 )) MB)"
if [ "$failed" = 0 ]; then echo "static install: ok"; fi
exit "$failed"
