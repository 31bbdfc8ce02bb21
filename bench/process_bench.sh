#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Whole-process cost of a search that names no food, against the cheapest command there is:
#   bench/process_bench.sh [build/bin/carebook]
# Target (issue 12): `carebook search "charley horse" --json` within 2x of `carebook --version`.
# Uses hyperfine when installed (scripts/setup.sh lists it), else a plain loop of 50 runs each.
set -euo pipefail
app=${1:-build/bin/carebook}
[[ -x $app ]] || { echo "no executable at $app (build the carebook target first)" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

if command -v hyperfine > /dev/null; then
  json=$(mktemp)
  trap 'rm -f "$json"' EXIT
  hyperfine -N --warmup 5 --runs 50 --export-json "$json" \
    "$app --version" "$app search 'charley horse' --json" "$app search banana --json"
  python3 - "$json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
base_cpu = results[0]["user"] + results[0]["system"]
# CPU time (user + system) beside wall time: on a loaded machine the wall time mostly measures waiting.
for r in results:
    cpu = r["user"] + r["system"]
    print(f"{r['command']}: wall median {r['median'] * 1000:.1f} ms ({r['median'] / base:.2f}x of --version), "
          f"cpu mean {cpu * 1000:.1f} ms ({cpu / base_cpu:.2f}x)")
PY
else
  median_ms() { # runs "$@" 50 times, prints the median wall time in ms
    local times=() start end
    for _ in $(seq 50); do
      start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
      times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] / 1000}'
  }
  base=$(median_ms "$app" --version)
  search=$(median_ms "$app" search "charley horse" --json)
  echo "--version: median $base ms"
  echo "search 'charley horse' --json: median $search ms ($(awk -v a="$search" -v b="$base" 'BEGIN {printf "%.2f", a / b}')x)"
fi
