#!/usr/bin/env bash
# Installs what PcapSearch needs from Debian's packages and npm, once, when it is missing.
#   prerequisites.sh runtime   libpcap (capture filters and live capture) + enrichment data: ieee-data
#                              (MAC vendors) and, with node/npm, the GeoIP and ASN packages of
#                              deploy/enrichment/package.json in .build/enrichment (docs/enrichment.md)
#   prerequisites.sh test      runtime + native + python3 (benchmark capture generator) and PyYAML (reads the
#                              compose file) + rabbitmq-server (the bus tests' private node) + mmdb-bin
#                              (mmdblookup, the enrichment tests' independent reader) + tests/tools
#                              (s3rver, the S3 server the bucket watcher's tests start)
#                              + ui + chromium (the browser the UI's end-to-end tests drive)
#   prerequisites.sh native    gcc and the C library's development files (they link the native build of `flows`,
#                              services/PcapSearch.Cli.Native)
#   prerequisites.sh ui        node and npm (serve and api build the web UI in ui/ when it is missing or stale)
#   prerequisites.sh bench     libpcap, python3 and tshark (the comparison in tests/bench/flows.sh)
set -euo pipefail
want=("$@")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
enrichment_dir="$root/.build/enrichment"
tools=0
enrichment=0
[ ${#want[@]} -gt 0 ] || want=(runtime)

packages=()
wanted=()
# Debian packages are asked about together, once (`./pcapsearch flows` runs this before every run: one dpkg-query
# instead of two processes per package).
need() { wanted+=("$1"); }
need_node() { command -v npm >/dev/null || packages+=(nodejs npm); }
need_python() { command -v python3 >/dev/null || packages+=(python3); }
role_runtime() { need libpcap0.8; need ieee-data; enrichment=1; }
role_native() { need gcc; need libc6-dev; }
role_ui() { need_node; }
role_test() { role_runtime; role_native; role_ui; need rabbitmq-server; need python3-yaml; need mmdb-bin; need_python; need chromium; tools=1; }
role_bench() { need libpcap0.8; need tshark; need_python; }
for role in "${want[@]}"; do
  case "$role" in
    runtime | native | ui | test | bench) "role_$role" ;;
    *) echo "prerequisites.sh: unknown role $role" >&2; exit 2 ;;
  esac
done
if [ ${#wanted[@]} -gt 0 ]; then
  installed=$'\n'"$(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)"$'\n'
  for package in "${wanted[@]}"; do
    [[ "$installed" == *$'\n'"$package install ok installed"$'\n'* ]] || packages+=("$package")
  done
fi
# The GeoIP/ASN npm packages are installed again when deploy/enrichment/package-lock.json changes (a newer
# data release); the copy of the lock file that was installed is kept beside them once npm ci succeeded.
enrichment_stale=0
if [ "$enrichment" -eq 1 ] && ! cmp -s "$root/deploy/enrichment/package-lock.json" "$enrichment_dir/installed-package-lock.json"; then
  enrichment_stale=1
fi
tools_missing() { [ "$tools" -eq 1 ] && [ ! -d "$root/tests/tools/node_modules" ]; }
# node/npm only to install those npm packages, when they are missing.
if [ "$enrichment_stale" -eq 1 ] || tools_missing; then need_node; fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ "$enrichment_stale" -eq 1 ]; then
  echo "Installing enrichment data (npm ci into .build/enrichment)" >&2
  mkdir -p "$enrichment_dir"
  cp "$root/deploy/enrichment/package.json" "$root/deploy/enrichment/package-lock.json" "$enrichment_dir/"
  npm ci --prefix "$enrichment_dir" --no-audit --no-fund --loglevel=error >&2
  cp "$root/deploy/enrichment/package-lock.json" "$enrichment_dir/installed-package-lock.json"
fi

if tools_missing; then
  echo "Installing test tools (npm ci in tests/tools)" >&2
  npm ci --prefix "$root/tests/tools" --no-audit --no-fund --loglevel=error >&2
fi
