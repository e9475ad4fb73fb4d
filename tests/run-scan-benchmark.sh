#!/usr/bin/env bash
# Working-tree scan throughput (not a timed test): `tokenguard scan --format json` over a directory, built in Release,
# start-up included, run several times; prints the median wall and CPU (user + sys) seconds and MB/s of both, MB being
# the bytes of the files the scan lists (git ls-files when the directory is a git work tree, as the scan does; else
# every regular file outside .git, bin, obj, node_modules, .vs, packages and artifacts). "On one core" is the CPU
# figure: the scan reads on one thread and prefilters and parses C# on the others. Issue 15's target: 50 MB/s.
# TOKENGUARD_PROFILE=1 in the environment: each run's per-stage breakdown on stderr (kept in the last run's log).
# Usage: tests/run-scan-benchmark.sh DIR [RUNS] [CLI]   (RUNS default 5; CLI default: src/TokenGuard.Cli published for this
# machine's platform with ReadyToRun, as its tool package ships it)
set -euo pipefail
dir="$(cd "${1:?usage: tests/run-scan-benchmark.sh DIR [RUNS] [CLI]}" && pwd)"
runs="${2:-5}"
cd "$(dirname "$0")/.."
if [[ -n "${3:-}" ]]; then
  cli="$3"
else
  rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
  dotnet publish src/TokenGuard.Cli -c Release -r "$rid" -p:PublishReadyToRun=true -o artifacts/scan-benchmark-cli -nologo -v:q >/dev/null
  cli=artifacts/scan-benchmark-cli/TokenGuard.Cli
fi

if git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # A listed file missing from the work tree (deleted, not yet committed) is not read by the scan either: counted as 0.
  bytes=$(cd "$dir" && git ls-files -z --cached --others --exclude-standard | { xargs -0 -r stat -c '%s %F' 2>/dev/null || true; } | awk '$2 == "regular" { s += $1 } END { print s + 0 }')
else
  bytes=$(find "$dir" \( -name .git -o -name bin -o -name obj -o -name node_modules -o -name .vs -o -name packages -o -name artifacts \) -prune -o -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
fi

log="$(mktemp)"
trap 'rm -f "$log" "$log.out"' EXIT
"$cli" scan "$dir" --format json >/dev/null 2>&1 || true # warm-up: file cache and disk
walls=() cpus=()
for ((r = 0; r < runs; r++)); do
  /usr/bin/time -f "%e %U %S" -o "$log" "$cli" scan "$dir" --format json >"$log.out" 2>"$log.err" || true
  read -r wall user sys < <(tail -1 "$log") # the last line: time prints "Command exited with non-zero status 1" before it
  walls+=("$wall")
  cpus+=("$(echo "$user + $sys" | bc)")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
wall=$(median "${walls[@]}")
cpu=$(median "${cpus[@]}")
mb=$(echo "scale=1; $bytes / 1000000" | bc)
echo "directory: $dir ($mb MB listed; $(grep -c '"file"' "$log.out" || true) finding(s))"
echo "runs: $runs, on $(nproc) core(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wall: median $wall s (runs: ${walls[*]}) = $(echo "scale=1; $mb / $wall" | bc) MB/s"
echo "cpu:  median $cpu s (runs: ${cpus[*]}) = $(echo "scale=1; $mb / $cpu" | bc) MB/s on one core"
if grep -q '^profile:' "$log.err" 2>/dev/null; then grep '^profile:' "$log.err"; fi
