#!/usr/bin/env bash
# What enrichment (GeoIP, ASN, MAC vendor) costs `./pcapsearch flows`: the same capture with and without it.
#   tests/bench/enrichment.sh               512 MB capture from gen_pcap.py (seed 1)
#   SIZE_MB=50 tests/bench/enrichment.sh    smoke run
# Two captures: gen_pcap.py's own (private and documentation addresses: no GeoIP/ASN lookup, MAC vendors
# only) and the same with every IPv4 address made public by public_addresses.py (HOSTS distinct clients,
# each one GeoIP and one ASN lookup). Each command runs RUNS times (default 3); the fastest is reported.
# Whole-process wall and CPU (user + system) time of the fastest run, with the capture in the page cache, NDJSON to /dev/null; peak RSS from /usr/bin/time.
# INGEST=1 adds `./pcapsearch ingest` of the public-address capture into a fresh data directory, with and without.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
size="${SIZE_MB:-512}"
hosts="${HOSTS:-20000}"
runs="${RUNS:-3}"
dir="${BENCH_DIR:-/tmp/pcapsearch-bench/enrichment-${size}mb}"
mkdir -p "$dir"
deploy/setup/prerequisites.sh test
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }

private="$dir/private.pcap"
public="$dir/public.pcap"
if [ ! -f "$public" ]; then
  python3 tests/bench/gen_pcap.py --out "$private" --target-mb "$size" --seed 1 --hosts "$hosts" 2>/dev/null
  python3 tests/bench/public_addresses.py "$private" "$public"
fi
./pcapsearch --help >/dev/null   # builds the CLI once, outside the timings

row() {   # row NAME CAPTURE FLAGS...   (VERB=ingest: ingest into a fresh data directory instead of flows)
  local name="$1" capture="$2"; shift 2
  local verb="${VERB:-flows}"
  local best="" rss=0 cpu=0 secs kb user system
  for _ in $(seq "$runs"); do
    rm -rf "$dir/data"
    if [ "$verb" = ingest ]; then set -- --data "$dir/data" "$@"; fi
    /usr/bin/time -f "%e %M %U %S" -o "$dir/time" ./pcapsearch "$verb" "$@" "$capture" >/dev/null 2>"$dir/stderr"
    if [ "$verb" = ingest ]; then shift 2; fi
    read -r secs kb user system <"$dir/time"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; rss=$kb; cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }'); fi
  done
  local bytes flows
  bytes=$(stat -c %s "$capture")
  flows=$(./pcapsearch flows --no-enrichment --format none --stats "$capture" 2>&1 >/dev/null | grep -o '"flows":[0-9]*' | cut -d: -f2)
  awk -v n="$name" -v s="$best" -v b="$bytes" -v f="$flows" -v r="$rss" -v c="$cpu" \
    'BEGIN { printf "| %-34s | %6.2f s | %6.2f s | %7.1f MB/s | %9s flows/s | %5.0f MB |\n", n, s, c, b / 1e6 / s, sprintf("%.0f", f / s), r / 1024 }'
}

echo "| run | wall time | CPU time | speed | flows | peak RSS |"
echo "|---|---|---|---|---|---|"
row "private addresses, no enrichment" "$private" --no-enrichment
row "private addresses, enriched" "$private"
row "public addresses, no enrichment" "$public" --no-enrichment
row "public addresses, enriched" "$public"
if [ "${INGEST:-0}" = 1 ]; then
  VERB=ingest row "ingest, public addresses, no enrichment" "$public" --no-enrichment
  VERB=ingest row "ingest, public addresses, enriched" "$public"
fi
