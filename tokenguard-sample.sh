#!/usr/bin/env bash
# Packs TokenGuard into artifacts/packages/Release and builds samples/HelloTokens against the packed
# package from that local feed, exactly as a user's project consumes it from nuget.org.
# The sample contains a hard-coded token on purpose, so its build fails with TG0001.
set -uo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
sample="$root/samples/HelloTokens"

echo "== Packing TokenGuard into artifacts/packages/Release"
dotnet build "$root/nuget/TokenGuard.Package.csproj" -c Release --nologo -v quiet || exit 1
# The sample restores into its own package folder: drop the previous copy so this pack is used.
rm -rf "$root/artifacts/sample-packages/tokenguard"

echo "== Building samples/HelloTokens with the packed package"
dotnet build "$sample" --nologo --no-incremental -v quiet -p:TokenGuardSampleVersion="$(sed -n 's:.*<TokenGuardVersion>\(.*\)</TokenGuardVersion>.*:\1:p' "$root/Directory.Build.props")"
status=$?

inventory="$sample/bin/Debug/net10.0/tokenguard-inventory.json"
echo
if [ -f "$inventory" ]; then
  echo "== Inventory artifact: ${inventory#$root/}"
  cat "$inventory"
else
  echo "== No inventory was written (see the errors above)"
fi
echo
if [ "$status" -ne 0 ]; then
  echo "The sample build failed as TokenGuard intends: see TG0001 (hard-coded token) and TG0003 (unregistered usage) above."
  echo "Edit samples/HelloTokens/tokens.yaml (an 'expires' in the past, an empty 'owner', broken YAML) to see TG1002, TG1004 or TG1001."
fi
exit 0
