#!/usr/bin/env bash
# History and pre-commit figures (not a timed test): a full-history scan of a large real repository against
# `git log -p --all > /dev/null` in the same run (target: at most 2x), peak RSS of both, and `scan --staged` on a
# typical commit including start-up (target: under 1 s).
# Usage: tests/run-history-benchmark.sh [git-dir]   (default: the bitwarden/server mirror)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="${1:-/work/.mirror/bitwarden+server/repo}"
dotnet build src/TokenGuard.Cli -c Release -nologo -v:q >/dev/null
tg=(dotnet src/TokenGuard.Cli/bin/Release/net10.0/TokenGuard.Cli.dll)
commits=$(git --git-dir="$repo" rev-list --all --count)
echo "repository: $repo ($commits commits)"

measure() { # label, command…: prints wall s, user+sys s (children included), peak RSS KB; stdout kept in .out
  local label="$1"; shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys, peak RSS %M KB" "$@" >/tmp/tokenguard-bench.$$.out 2>/tmp/tokenguard-bench.$$ || true
  grep -v '^Command exited' /tmp/tokenguard-bench.$$ | tail -2
}
measure "git log -p --all" git --git-dir="$repo" log -p --all
# TOKENGUARD_PROFILE=1: where the scan's time went (reading blobs, change gate, engine), on stderr.
TOKENGUARD_PROFILE=1 measure "tokenguard scan --history" "${tg[@]}" scan --history "$repo"
tail -1 /tmp/tokenguard-bench.$$.out   # the summary of that same run: findings, blobs read and parsed

# --staged: a throwaway clone with one typical change (a few files edited) in the index.
work="$(mktemp -d)"
trap 'rm -rf "$work" /tmp/tokenguard-bench.$$ /tmp/tokenguard-bench.$$.out' EXIT
git clone -q --no-checkout "$repo" "$work/clone"
git -C "$work/clone" checkout -q HEAD 2>/dev/null || git -C "$work/clone" reset -q --hard
for f in $(git -C "$work/clone" ls-files '*.cs' | head -5); do echo "// edited" >> "$work/clone/$f"; done
git -C "$work/clone" add -A
measure "tokenguard scan --staged (5 files, incl. start-up)" "${tg[@]}" scan --staged "$work/clone"
