#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Resident memory of the desktop app at start, after opening the food finder, and after 50 searches
# (issue 12: within 15 MiB of the start). Runs the real app under its own Xvfb and types with xdotool:
#   bench/gui_memory.sh [build/bin/carebook]
set -euo pipefail
app=${1:-build/bin/carebook}
display=:${CAREBOOK_BENCH_DISPLAY:-17}
for tool in Xvfb xdotool; do
  command -v $tool > /dev/null || { echo "needs $tool (scripts/setup.sh installs it)" >&2; exit 1; }
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
Xvfb "$display" -screen 0 1280x800x24 -noreset > /dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
for _ in $(seq 100); do xdotool getdisplaygeometry > /dev/null 2>&1 && break; sleep 0.1; done
home=$(mktemp -d) # a fresh user data folder: no history or bookmarks from earlier runs
# The first-run welcome is modal and would take the keys below: mark it seen.
mkdir -p "$home/.config/Carebook"
printf '[welcome]\nshown=true\n' > "$home/.config/Carebook/Carebook.conf"
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config "$app" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid $xvfb 2> /dev/null || true; rm -rf "$home"' EXIT
rss() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' /proc/$pid/status; }
settle() { sleep "${1:-1}"; } # the app has no "idle" signal to wait for; a benchmark may wait
main_window() { # the main window's title is "Carebook" or "<article> — Carebook"
  local id
  for id in $(xdotool search --onlyvisible --name 'Carebook$'); do
    [[ $(xdotool getwindowname "$id") == "Food finder"* ]] || { echo "$id"; return; }
  done
}
xdotool search --sync --onlyvisible --name 'Carebook$' > /dev/null
settle 2
start=$(rss)
main=$(main_window)
xdotool windowfocus --sync "$main" # no window manager under Xvfb: focus by hand
xdotool key --clearmodifiers ctrl+shift+f
xdotool search --sync --name 'Food finder' > /dev/null
settle 2
finder=$(rss)
xdotool windowfocus --sync "$main"
queries=("charley horse" "back spasm" magnesium banana "leg cramps at night" spinach potassium "stiff neck"
         almonds "vitamin d" yogurt "muscle cramp" salmon heat stretching calcium tofu "when to see a doctor"
         beans milk)
for i in $(seq 0 49); do
  xdotool key --clearmodifiers ctrl+k
  xdotool key --clearmodifiers ctrl+a BackSpace
  xdotool type --delay 5 "${queries[$((i % ${#queries[@]}))]}"
  settle 0.2
done
settle 2
after=$(rss)
echo "resident memory: start $start MiB; food finder open $finder MiB; after 50 searches $after MiB"
awk -v a="$after" -v s="$start" 'BEGIN {printf "growth: %+.1f MiB (target: within 15 MiB)\n", a - s}'
