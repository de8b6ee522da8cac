#!/usr/bin/env bash
# Installs what PcapSearch needs from Debian's packages, once, when it is missing.
#   prerequisites.sh runtime   libpcap (capture filters and live capture)
#   prerequisites.sh test      runtime + python3 (benchmark capture generator) and PyYAML (reads the
#                              compose file) + rabbitmq-server (the bus tests' private node) + node and
#                              tests/tools (s3rver, the S3 server the bucket watcher's tests start)
#                              + ui + chromium (the browser the UI's end-to-end tests drive)
#   prerequisites.sh ui        node and npm (serve and api build the web UI in ui/ when it is missing or stale)
#   prerequisites.sh bench     test + tshark (the comparison in tests/bench/flows.sh)
set -euo pipefail
want=("$@")
tools=0
[ ${#want[@]} -gt 0 ] || want=(runtime)

packages=()
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || packages+=("$1"); }
need_node() { command -v npm >/dev/null || packages+=(nodejs npm); }
for role in "${want[@]}"; do
  case "$role" in
    runtime) need libpcap0.8 ;;
    test) need libpcap0.8; need rabbitmq-server; need python3-yaml; command -v python3 >/dev/null || packages+=(python3); need_node; need chromium; tools=1 ;;
    ui) need_node ;;
    bench) need libpcap0.8; need tshark; command -v python3 >/dev/null || packages+=(python3) ;;
    *) echo "prerequisites.sh: unknown role $role" >&2; exit 2 ;;
  esac
done
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ "$tools" -eq 1 ]; then
  tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../tests/tools" && pwd)"
  if [ ! -d "$tools_dir/node_modules" ]; then
    echo "Installing test tools (npm ci in tests/tools)" >&2
    npm ci --prefix "$tools_dir" --no-audit --no-fund --loglevel=error >&2
  fi
fi
