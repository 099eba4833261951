#!/usr/bin/env bash
# Reproduces docs/benchmarks.md: installs what the benchmark needs, builds Release, generates the
# workloads into bench-data/ (git-ignored; cached by size and seed), runs every stage and baseline
# as separate processes and rewrites the results block of docs/benchmarks.md.
#   bash scripts/bench.sh                      # small ×3 (with watch), large ×1, big ×1
#   RUNS=5 LARGE_RUNS=3 bash scripts/bench.sh  # more runs
#   SIZES=small bash scripts/bench.sh          # just the quick one
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/time ] || need+=(time)
/usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null || need+=(python3-pandas python3-openpyxl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

dotnet build ProgressIngest.sln -c Release -nologo -v q
dotnet tests/ProgressIngest.Benchmarks/bin/Release/net10.0/ProgressIngest.Benchmarks.dll run \
  --sizes "${SIZES:-small,large,big}" --runs "${RUNS:-3}" --large-runs "${LARGE_RUNS:-1}" --seed "${SEED:-42}"
