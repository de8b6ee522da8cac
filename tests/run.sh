#!/usr/bin/env bash
# Runs the whole PcapSearch test suite from a clean clone: installs what it needs, builds
# (Release, warnings as errors; the web UI with ui/build.sh), runs every test project and the UI's
# unit tests (vitest), and ends with the totals line
# "N passed, N failed, N skipped". Exit status 0 only when nothing failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

deploy/setup/prerequisites.sh test || { echo "tests/run.sh: installing prerequisites failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# The web UI first: its build (ui/dist) is what the browser tests drive.
if ! ui/build.sh; then
  echo "tests/run.sh: building the web UI failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

if ! dotnet build PcapSearch.sln -c Release 2>&1 | tail -n 30; then :; fi
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "tests/run.sh: build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

# The native build of `flows` that ./pcapsearch runs; the CLI tests compare it with the .NET build.
native="$root/.build/native/pcapsearch"
if ! dotnet publish services/PcapSearch.Cli.Native/PcapSearch.Cli.Native.csproj -c Release -o "$(dirname "$native")" 2>&1 | tail -n 30; then :; fi
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "tests/run.sh: the native build of flows failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
touch "$native"
export PCAPSEARCH_NATIVE_CLI="$native"

results="$(mktemp -d)"
dotnet test PcapSearch.sln -c Release --no-build --logger "trx" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=3000000 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# The UI's unit tests (vitest), reported as JUnit XML beside the TRX files.
npm test --prefix ui -- --reporter=default --reporter=junit --outputFile.junit="$results/ui-unit.junit.xml" 2>&1 | tee -a "$results/console.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# Totals from the TRX files (one per test project) and the JUnit file of the UI's unit tests.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None:
        continue
    p += int(c.get("passed", 0))
    f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    # A skipped test is counted in "total" but not "executed" (the logger leaves "notExecuted" at 0).
    s += int(c.get("total", 0)) - int(c.get("executed", 0)) + int(c.get("inconclusive", 0))
for path in glob.glob(sys.argv[1] + "/*.junit.xml"):
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            f += 1
        elif case.find("skipped") is not None:
            s += 1
        else:
            p += 1
print(p, f, s)
PY
)
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[ "$status" -eq 0 ] && [ "${failed:-0}" -eq 0 ]
