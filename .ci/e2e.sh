#!/usr/bin/env bash
# Browser tests of the viewer, called by .ci/run: installs Debian's chromium when it is missing,
# builds the viewer (viewer/dist) and runs `npm run test:e2e` (vitest.e2e.config.ts, playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "e2e: installing chromium (no $CHROMIUM)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi
export CHROMIUM_PATH="$CHROMIUM"

# test:e2e builds the viewer (tsc -p viewer && vite build viewer) before running the tests.
npm run test:e2e
