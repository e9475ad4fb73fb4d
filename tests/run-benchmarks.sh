#!/usr/bin/env bash
# Runs the scanner benchmarks (BenchmarkDotNet, Release). Not part of ./test.sh: it takes minutes.
# Usage: tests/run-benchmarks.sh [--job short]   (results in BenchmarkDotNet.Artifacts/)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/TokenGuard.Benchmarks -- --filter '*' "$@"
