#!/usr/bin/env bash
# What the channel that carries usage locations from TokenGuard's analyzers to its inventory task costs on a generated
# 1,000-file library: the usage files' bytes (the channel since issue 16), what a SARIF error log of the same build
# holds (the channel before, which TokenGuard no longer forces: here the project names its own), and the usage files
# again with the SDK's analyzers off, to show they do not grow with other analyzers' output. Not part of ./test.sh
# (three builds of 1,000 files).
# Usage: tests/run-errorlog-size.sh [files]   (default 1000; needs the packed package in artifacts/packages/Debug)
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-1000}"
version=$(sed -n 's:.*<TokenGuardVersion>\(.*\)</TokenGuardVersion>.*:\1:p' Directory.Build.props)
feed="$PWD/artifacts/packages/Debug"
[ -f "$feed/TokenGuard.$version.nupkg" ] || dotnet build nuget/TokenGuard.Package.csproj -nologo -v:q
root=artifacts/errorlog-size
rm -rf "$root" && mkdir -p "$root/src"
export NUGET_PACKAGES="$PWD/$root/packages" MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

cat > "$root/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
echo '<Project />' > "$root/Directory.Build.props"; echo '<Project />' > "$root/Directory.Packages.props"
cat > "$root/Corpus.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>
  <ItemGroup><PackageReference Include="TokenGuard" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
XML
printf 'version: 1\ntokens:\n  - id: app-token\n    owner: team:app\n    system: app\n    scope: [read]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - env: APP_TOKEN\n' > "$root/tokens.yaml"
# Each file: one registered read (one TG0010) and 22 instance methods that use no instance data (CA1822, info),
# ordinary code whose suggestions every analyzer-rich build carries.
for ((i = 0; i < files; i++)); do
    {
        echo "namespace Corpus { public class Type$i {"
        echo "  public string? Token() => System.Environment.GetEnvironmentVariable(\"APP_TOKEN\");"
        for ((m = 0; m < 22; m++)); do echo "  public string Method$m(int x) { var s = \"value-$m-\" + x; return s.Trim(); }"; done
        echo "} }"
    } > "$root/src/Type$i.cs"
done

# The error log's size, its results by rule and TokenGuard's share of the result bytes.
report_log() {
    python3 - "$1" <<'PY'
import json, sys, collections
path = sys.argv[1]
raw = open(path, 'rb').read()
results = json.loads(raw)['runs'][0].get('results', [])
by_rule = collections.Counter(r['ruleId'] for r in results)
tg = sum(len(json.dumps(r)) for r in results if r['ruleId'].startswith('TG'))
other = sum(len(json.dumps(r)) for r in results if not r['ruleId'].startswith('TG'))
print(f"  the project's own error log: {len(raw):,} bytes, {len(results):,} results; TokenGuard's share ~{tg:,} bytes ({100*tg/max(1,tg+other):.1f} % of result bytes)")
print("  by rule:", ", ".join(f"{k} {v}" for k, v in by_rule.most_common(6)))
PY
}

# The usage files' bytes and lines, the error logs TokenGuard left in obj/ (none) and the inventory's usages.
report_channel() {
    local bytes lines
    bytes=$(cat obj/Debug/net10.0/tokenguard-usages.*.tsv | wc -c)
    lines=$(cat obj/Debug/net10.0/tokenguard-usages.*.tsv | grep -vc '^#')
    echo "  usage files: $bytes bytes, $lines usages ($(ls obj/Debug/net10.0/tokenguard-usages.*.tsv | xargs -n1 basename | tr '\n' ' '))"
    echo "  error logs in obj/: $(find obj -name '*.sarif' | wc -l); inventory usedAt entries: $(grep -o '"file"' bin/Debug/net10.0/tokenguard-inventory.json | wc -l)"
}

timed_build() {
    local start end
    start=$(date +%s.%N); dotnet build Corpus.csproj --no-restore --no-incremental -nologo -v:q -p:TokenGuardToday=2026-06-01 "$@" >/dev/null; end=$(date +%s.%N)
    echo "  build $(echo "$end - $start" | bc) s (load average $(cut -d' ' -f1 /proc/loadavg))"
}

cd "$root"
dotnet restore Corpus.csproj -nologo -v:q
echo "default (usage files; no error log forced):"
timed_build
report_channel
echo "the project names its own ErrorLog (what the forced log cost before; TokenGuard reads nothing from it):"
timed_build -p:ErrorLog=obj/own.sarif%2Cversion=2.1
report_channel
report_log obj/own.sarif
rm -f obj/own.sarif
echo "the SDK's analyzers off (EnableNETAnalyzers=false: no CA1822):"
timed_build -p:EnableNETAnalyzers=false
report_channel
