#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Remakes screenshots/main-window.png, the AppStream screenshot: the window on back-spasm, under a
# private Xvfb, cropped to the window. A maintainer's tool, not part of the build or the tests.
#   resources/desktop/make-screenshot.sh [PATH-TO-carebook]      (default: build/bin/carebook)
# Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app="${1:-$here/../../build/bin/carebook}"
out="$here/screenshots/main-window.png"
for tool in Xvfb import convert; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing: apt-get install xvfb imagemagick"; exit 1; }
done

work="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -noreset -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export DISPLAY="$display" HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
for _ in $(seq 50); do
    import -window root -crop 1x1+0+0 "$work/probe.png" 2>/dev/null && break
    sleep 0.1
done

"$app" --open back-spasm &
app_pid=$!
# Wait until the window is painted: the screen stops being all black.
for _ in $(seq 100); do
    sleep 0.2
    import -window root "$work/root.png"
    if [ "$(convert "$work/root.png" -format '%[fx:maxima.r]' info:)" != 0 ]; then
        break
    fi
done
sleep 1 # let the article and the red-flag panel finish their first layout
import -window root "$work/root.png"
mkdir -p "$(dirname "$out")"
# No window manager: the window sits at the top left, at its own size.
convert "$work/root.png" -trim +repage -strip "$out"
echo "wrote $out ($(identify -format '%wx%h' "$out"))"
