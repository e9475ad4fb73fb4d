#!/usr/bin/env bash
# TokenGuard side by side with SonarAnalyzer.CSharp (S2068, S6418), SecurityCodeScan (SCS0015) and secretlint
# (recommended preset): detection quality on a labelled corpus and build cost on a 1,000-file project.
# Not part of ./test.sh (the cost half takes many minutes); tests/TokenGuard.Comparison.Tests is its smoke test.
#
# Usage: tests/run-comparison.sh [all|quality|cost] [--repeat N] [--seed N]
#   writes artifacts/comparison/results.md (the tables the README shows); needs the .NET SDK, npm and NuGet access.
#   cost also prints TokenGuard's own time (its analyzers by the compiler's ReportAnalyzer report + its targets by MSBuild's
#   performance summary) as a share of the build's CPU time and against SonarAnalyzer's S2068 + S6418, with the error log's bytes.
# Usage: tests/run-comparison.sh analyzers [--repeat N]
#   TokenGuard's analyzers alone, in-process on the cost corpus (about two minutes): artifacts/comparison/analyzer-profile.md.
# Usage: tests/run-comparison.sh peers
#   `tokenguard scan` and secretlint on the peers' own rule tests (gitleaks' rule generators, secretlint's preset fixtures)
#   at the pinned commits (PeerMode.cs), one sample a file: artifacts/comparison/peers.md. Clones both repositories
#   (bare) into artifacts/comparison/peers-src unless GITLEAKS_GIT / SECRETLINT_GIT name local git directories.
# Usage: tests/run-comparison.sh trufflehog
#   the same scoring on trufflehog's detector pattern tests for the providers .NET teams use (TrufflehogCorpus.cs) at the
#   pinned commit (TrufflehogMode.cs): artifacts/comparison/trufflehog.md. Clones trufflehog (bare) into
#   artifacts/comparison/peers-src unless TRUFFLEHOG_GIT names a local git directory.
# Usage: tests/run-comparison.sh reach [--seed N]
#   TokenGuard's analyzers in-process on the default corpus and on the held-out generic-rule corpus (ReachCorpus.cs,
#   seed 2026 unless given): artifacts/comparison/reach.md.
# Usage: tests/run-comparison.sh repos --repos DIR [--repeat N]
#   tokenguard scan over the real repositories in DIR (one per subfolder): artifacts/comparison/real-repositories.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/comparison
node="$out/node"

if [ "${1:-}" = "repos" ]; then
    # tokenguard scan over real repositories, one per subfolder of DIR: every finding and the time (artifacts/comparison/real-repositories.md).
    dotnet build src/TokenGuard.Cli -c Release -nologo -v:q
    exec dotnet run -c Release --project tests/TokenGuard.Comparison -- "$@" --out "$out" --tokenguard "$PWD/src/TokenGuard.Cli/bin/Release/net10.0/TokenGuard.Cli"
fi

if [ "${1:-}" = "analyzers" ] || [ "${1:-}" = "reach" ]; then
    exec dotnet run -c Release --project tests/TokenGuard.Comparison -- "$@" --out "$out"
fi

if [ "${1:-}" = "peers" ]; then
    shift
    src="$out/peers-src"
    gitleaks_git="${GITLEAKS_GIT:-$src/gitleaks.git}"
    secretlint_git="${SECRETLINT_GIT:-$src/secretlint.git}"
    [ -d "$gitleaks_git" ] || git clone --bare --quiet https://github.com/gitleaks/gitleaks "$gitleaks_git"
    [ -d "$secretlint_git" ] || git clone --bare --quiet https://github.com/secretlint/secretlint "$secretlint_git"
    mkdir -p "$node"
    [ -f "$node/package.json" ] || echo '{ "private": true }' > "$node/package.json"
    npm install --prefix "$node" --no-audit --no-fund --silent secretlint @secretlint/secretlint-rule-preset-recommend
    dotnet build src/TokenGuard.Cli -c Release -nologo -v:q
    exec dotnet run -c Release --project tests/TokenGuard.Comparison -- peers --out "$out" --node "$node" \
        --gitleaks-git "$gitleaks_git" --secretlint-git "$secretlint_git" --cli src/TokenGuard.Cli/bin/Release/net10.0/TokenGuard.Cli.dll "$@"
fi

if [ "${1:-}" = "trufflehog" ]; then
    shift
    trufflehog_git="${TRUFFLEHOG_GIT:-$out/peers-src/trufflehog.git}"
    [ -d "$trufflehog_git" ] || git clone --bare --quiet https://github.com/trufflesecurity/trufflehog "$trufflehog_git"
    mkdir -p "$node"
    [ -f "$node/package.json" ] || echo '{ "private": true }' > "$node/package.json"
    npm install --prefix "$node" --no-audit --no-fund --silent secretlint @secretlint/secretlint-rule-preset-recommend
    dotnet build src/TokenGuard.Cli -c Release -nologo -v:q
    exec dotnet run -c Release --project tests/TokenGuard.Comparison -- trufflehog --out "$out" --node "$node" \
        --trufflehog-git "$trufflehog_git" --cli src/TokenGuard.Cli/bin/Release/net10.0/TokenGuard.Cli.dll "$@"
fi

# 1. TokenGuard from the local feed, exactly as users get it: artifacts/packages/Release/TokenGuard.<version>.nupkg
dotnet build nuget/TokenGuard.Package.csproj -c Release -nologo -v:q

# 2. secretlint and its recommended preset, into a private npm prefix (versions recorded in results.md)
mkdir -p "$node"
[ -f "$node/package.json" ] || echo '{ "private": true }' > "$node/package.json"
npm install --prefix "$node" --no-audit --no-fund --silent secretlint @secretlint/secretlint-rule-preset-recommend

# 3. The harness: generates the corpora under artifacts/comparison, builds them with each package, scores, writes results.md
dotnet run -c Release --project tests/TokenGuard.Comparison -- "${@:-all}" --out "$out" --node "$node"
