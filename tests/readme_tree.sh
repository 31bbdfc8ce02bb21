#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's contributors' tree names every source folder, and names none that is gone: a newcomer
# finds a feature from that tree, so it must not go stale.
#   readme_tree.sh PROJECT-DIR
set -euo pipefail
root="${1:?usage: readme_tree.sh PROJECT-DIR}"
readme="$root/README.md"
# The tree is the fenced block that starts with "src/".
tree=$(awk '/^```/ { if (inside) exit; getline; if ($0 ~ /^src\//) { inside = 1; print; } next } inside' "$readme")
[ -n "$tree" ] || { echo "FAIL: no tree starting with src/ in $readme"; exit 1; }
status=0
# "  core/ ..." at depth 1, "    util/ ..." at depth 2: the folder names under src/core and src/app.
listed() { # $1 = parent (core or app): the folders the tree lists under it
    awk -v parent="$1/" '
        /^  [a-z]/ { current = $1 }
        /^    [a-z][a-z_]*\/ / && current == parent { print $1 }
    ' <<< "$tree" | sed 's#/$##' | sort
}
for parent in core app; do
    actual=$(find "$root/src/$parent" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
    missing=$(comm -23 <(echo "$actual") <(listed "$parent"))
    gone=$(comm -13 <(echo "$actual") <(listed "$parent"))
    if [ -n "$missing" ]; then
        echo "FAIL: src/$parent/ has folders the README tree does not list: $(echo $missing)"
        status=1
    fi
    if [ -n "$gone" ]; then
        echo "FAIL: the README tree lists folders src/$parent/ does not have: $(echo $gone)"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "ok: the README tree lists every folder of src/core and src/app"
exit "$status"
