#!/usr/bin/env bash
# Peak memory (max RSS) and wall time of `tokenguard inventory merge` over 1,000 generated repositories'
# artifacts, at 10,000 and 100,000 entries: memory should follow the distinct tokens kept, not the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release --nologo -v q src/TokenGuard.Cli/TokenGuard.Cli.csproj >/dev/null
dotnet build -c Release --nologo -v q tests/TokenGuard.Benchmarks/TokenGuard.Benchmarks.csproj >/dev/null
for per in 10 100; do
  dotnet tests/TokenGuard.Benchmarks/bin/Release/net10.0/TokenGuard.Benchmarks.dll generate-inventories "$work/in-$per" 1000 "$per"
  /usr/bin/time -f "$((per * 1000)) entries: %e s wall (%U s user), %M KB max RSS" \
    dotnet src/TokenGuard.Cli/bin/Release/net10.0/TokenGuard.Cli.dll inventory merge "$work/in-$per" -o "$work/central-$per.json"
  echo "input $(du -sh "$work/in-$per" | cut -f1), output $(du -h "$work/central-$per.json" | cut -f1)"
done
