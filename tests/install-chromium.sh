#!/usr/bin/env bash
# The audit's HTML report is checked in a real headless browser: Debian's Chromium, installed here when
# missing (CI machines start without it). Needs root and Debian's package registry; elsewhere set CHROMIUM_PATH.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: not root or no apt-get; install Chromium and set CHROMIUM_PATH for the HTML report test" >&2
  exit 0
fi
echo "install-chromium: installing Debian's chromium for the HTML report test"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
