#!/usr/bin/env bash
# Builds the web UI into ui/dist when it is missing or older than its sources (src/, index.html, the configs,
# package.json, package-lock.json): `npm ci` when node_modules is missing or older than the lock file, then
# `npm run build`. Installs node and npm from Debian first when they are missing. Quiet when there is nothing to do;
# on failure prints npm's output and exits non-zero. Used by ./pcapsearch serve|api, tests/run.sh and the UI's
# browser tests.
set -euo pipefail
ui="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
built="$ui/dist/index.html"
installed="$ui/node_modules/.package-lock.json"

stale() {
  [ -f "$built" ] || return 0
  [ -n "$(find "$ui/src" "$ui/index.html" "$ui/package.json" "$ui/package-lock.json" "$ui/vite.config.ts" "$ui/tsconfig.json" \
      -newer "$built" -print -quit)" ]
}
missing_modules() { [ ! -f "$installed" ] || [ "$ui/package-lock.json" -nt "$installed" ]; }

missing_modules || stale || exit 0
"$ui/../deploy/setup/prerequisites.sh" ui
exec 9>"$ui/.build.lock"
flock 9
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if missing_modules; then
  echo "Installing the web UI's packages (npm ci in ui/)" >&2
  npm ci --prefix "$ui" --no-audit --no-fund --loglevel=error >"$log" 2>&1 || { cat "$log" >&2; echo "ui/build.sh: npm ci failed" >&2; exit 1; }
fi
stale || exit 0 # another process built it while this one waited
echo "Building the web UI (ui/dist)" >&2
npm run build --prefix "$ui" >"$log" 2>&1 || { cat "$log" >&2; echo "ui/build.sh: npm run build failed" >&2; exit 1; }
touch "$built"
