#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for Galley: the Debian packages the
# print and check steps use (Chromium for paged.js, xmllint and poppler for
# cross-checks), then the npm dependencies (which also compile the CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || [ -n "${GALLEY_CHROMIUM:-}" ] || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "setup: installing Debian packages: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
npm ci --no-audit --no-fund
