#!/usr/bin/env bash
# Runs the whole test suite: unit, analyzer, task and end-to-end tests (which pack the package
# and build throwaway projects against it). Needs the .NET SDK and access to NuGet; installs Debian's
# Chromium (for the audit's HTML report test) and PostgreSQL (for the store tests) when they are missing.
set -uo pipefail
cd "$(dirname "$0")"
tests/install-chromium.sh
log="$(mktemp)"
# The store tests run against a real PostgreSQL too: a throwaway server, stopped and removed at the end.
postgres="$(tests/start-postgres.sh)" || { echo "test.sh: cannot start PostgreSQL for the store tests" >&2; exit 1; }
export TOKENGUARD_TEST_POSTGRES="$(cat "$postgres/connection")"
trap 'rm -f "$log"; tests/start-postgres.sh stop "$postgres"' EXIT
dotnet test TokenGuard.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line over all test assemblies, e.g. "tests: 180 passed, 0 failed, 0 skipped".
awk '/(Passed|Failed)! +- +Failed: / {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1)
       }
     }
     END { gsub(",", "", f); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
