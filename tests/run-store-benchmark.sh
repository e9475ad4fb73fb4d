#!/usr/bin/env bash
# The inventory store at scale, on SQLite and on a local PostgreSQL (started as test.sh does):
# REPOSITORIES x TOKENS x DAYS daily ingests (each one CI job: open, ingest one artifact, close), p50/p95/p99;
# one token's history; `inventory export` of EXPORT_REPOSITORIES x 10 live tokens against `inventory merge`
# of the same artifacts; peak memory. The issue's full size is the default:
#   tests/run-store-benchmark.sh 10000 10 30        # 3,000,000 token observations, 100,000-token export
# A scaled run: tests/run-store-benchmark.sh 500 10 30 (README says which one its figures come from).
# BACKENDS="sqlite" skips PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
repositories="${1:-10000}" tokens="${2:-10}" days="${3:-30}" export_repositories="${EXPORT_REPOSITORIES:-10000}"
backends="${BACKENDS:-sqlite postgres}"
work="$(mktemp -d)"
postgres=""
cleanup() { [ -n "$postgres" ] && tests/start-postgres.sh stop "$postgres"; rm -rf "$work"; }
trap cleanup EXIT
dotnet build -c Release --nologo -v q tests/TokenGuard.Benchmarks/TokenGuard.Benchmarks.csproj >/dev/null
bench=(dotnet tests/TokenGuard.Benchmarks/bin/Release/net10.0/TokenGuard.Benchmarks.dll)
if [[ " $backends " == *" postgres "* ]]; then
  postgres="$(tests/start-postgres.sh)"
  server="$(cat "$postgres/connection")"
  # A benchmark server that syncs to disk, as a real one does (start-postgres.sh turns fsync off for tests).
  psql_bin="$(cat "$postgres/bin")/psql"
  run_psql() { if [ "$(id -u)" = 0 ]; then su -s /bin/sh tokenguard-pg -c "'$psql_bin' -h '$postgres' -p $(sed 's/.*Port=\([0-9]*\).*/\1/' "$postgres/connection") -U tokenguard -d tokenguard_test -qc \"$1\""; else "$psql_bin" -h "$postgres" -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' "$postgres/connection")" -U tokenguard -d tokenguard_test -qc "$1"; fi; }
  run_psql "ALTER SYSTEM SET fsync = on" && run_psql "SELECT pg_reload_conf()" >/dev/null
  run_psql "CREATE DATABASE bench_ingests" && run_psql "CREATE DATABASE bench_export"
fi
store_of() { # backend name -> STORE
  if [ "$1" = sqlite ]; then echo "$work/$2.db"; else echo "${server/Database=tokenguard_test/Database=$2}"; fi
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
"${bench[@]}" generate-inventories "$work/artifacts" "$export_repositories" 10 >/dev/null
for backend in $backends; do
  echo "== $backend"
  /usr/bin/time -f "  max RSS %M KB" "${bench[@]}" store-ingests "$(store_of "$backend" bench_ingests)" "$repositories" "$tokens" "$days"
  [ "$backend" = sqlite ] && echo "  store file $(du -h "$work/bench_ingests.db" | cut -f1) for $((repositories * tokens * days)) observations"
  /usr/bin/time -f "  max RSS %M KB" "${bench[@]}" store-export "$(store_of "$backend" bench_export)" "$work/artifacts"
done
