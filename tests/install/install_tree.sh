#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the build into a temporary prefix (cmake --install) and checks the tree: exactly the
# binary, the menu entry, the AppStream entry, the icon in every size, the man page and the licence,
# nothing else (no compiler, tests or benchmarks); the icons are the size their folder says; the
# AppStream tree check passes; and the installed binary runs from there.
#   install_tree.sh BUILD-DIR "16 22 24 …"
# A missing tool fails the test (scripts/setup.sh installs every one), it never skips.
set -euo pipefail

build="${1:?usage: install_tree.sh BUILD-DIR ICON-SIZES}"
sizes="${2:?usage: install_tree.sh BUILD-DIR ICON-SIZES}"
# CMake hands a list over as "16;22;…" or "16 22 …" depending on how the test was declared.
sizes="${sizes//;/ }"
cmake="${CMAKE_COMMAND:-cmake}"
app_id=org.carebook.Carebook

for tool in appstreamcli:appstream desktop-file-validate:desktop-file-utils; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        echo "FAIL: ${tool%%:*} is not installed (apt-get install ${tool#*:}; ./scripts/setup.sh installs it)"
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
prefix="$root/usr"

echo "== cmake --install $build --prefix $prefix"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }

expected=(
    usr/bin/carebook
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/carebook.1.gz
    usr/share/doc/carebook/copyright
)
for size in $sizes; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/actual"
if ! diff -u "$work/expected" "$work/actual"; then
    echo "FAIL: the installed files (+) differ from the expected list (-)"
    exit 1
fi
echo "ok: exactly the ${#expected[@]} expected files"

[ -x "$prefix/bin/carebook" ] || { echo "FAIL: usr/bin/carebook is not executable"; exit 1; }

# A PNG's width and height are the big-endian 32-bit words at bytes 16 and 20 (the IHDR chunk).
png_size() {
    local hex
    hex="$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')"
    echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}
for size in $sizes; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
        echo "FAIL: $png is not a PNG"
        exit 1
    fi
    actual="$(png_size "$png")"
    [ "$actual" = "${size}x${size}" ] || { echo "FAIL: $png is $actual, not ${size}x${size}"; exit 1; }
done
echo "ok: every PNG icon is a PNG of its folder's size ($sizes)"

desktop-file-validate "$prefix/share/applications/$app_id.desktop"
echo "== appstreamcli validate-tree --no-net $root"
appstreamcli validate-tree --no-net --no-color "$root"

# The installed binary, from the installed path, with a private home so nothing real is touched.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
echo "== $prefix/bin/carebook --version"
"$prefix/bin/carebook" --version | tee "$work/version"
grep -q '^carebook [0-9]' "$work/version" || { echo "FAIL: --version printed no version"; exit 1; }
"$prefix/bin/carebook" list >"$work/list"
grep -q 'back-spasm' "$work/list" || { echo "FAIL: the installed binary's list has no back-spasm"; exit 1; }
echo "ok: the installed binary runs: $(wc -l <"$work/list") lines of list"
