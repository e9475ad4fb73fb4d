#!/usr/bin/env bash
# Runs the scanner benchmarks (BenchmarkDotNet, Release). Not part of ./test.sh: it takes minutes.
# Usage: tests/run-benchmarks.sh   (results in BenchmarkDotNet.Artifacts/; runs in-process)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/TokenGuard.Benchmarks -- --filter '*' "$@"
