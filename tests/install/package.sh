#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb with CPack (into a temporary folder, so the build tree is left as it was), reads
# its control fields, unpacks it with dpkg-deb -x and runs the unpacked binary.
#   package.sh BUILD-DIR VERSION
# Checks: the file name apt expects (carebook_VERSION-1_ARCH.deb); Depends computed by
# dpkg-shlibdeps (Qt Widgets, SQLite, libc with versions), never a -dev package; files owned by
# root; the binary stripped; and the unpacked usr/bin/carebook printing --version and list.
# A missing tool fails the test (scripts/setup.sh installs every one), it never skips.
set -euo pipefail

build="${1:?usage: package.sh BUILD-DIR VERSION}"
version="${2:?usage: package.sh BUILD-DIR VERSION}"
cpack="${CPACK_COMMAND:-cpack}"

for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file "$cpack":cmake; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        echo "FAIL: ${tool%%:*} is not installed (apt-get install ${tool#*:}; ./scripts/setup.sh installs it)"
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack failed"; exit 1; }
arch="$(dpkg --print-architecture)"
deb="$work/out/carebook_${version}-1_${arch}.deb"
if [ ! -f "$deb" ]; then
    cat "$work/cpack.log"
    echo "FAIL: no $(basename "$deb") in $work/out:"
    ls -l "$work/out"
    exit 1
fi
echo "ok: $(basename "$deb"), $(stat -c %s "$deb") bytes"

echo "== dpkg-deb --field"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Section | tee "$work/fields"
depends="$(dpkg-deb --field "$deb" Depends)"
for library in 'libqt6widgets6 (>=' 'libqt6gui6 (>=' 'libqt6core6 (>=' 'libsqlite3-0 (>=' 'libc6 (>='; do
    if [[ "$depends" != *"$library"* ]]; then
        echo "FAIL: Depends lacks '$library…': it should come from dpkg-shlibdeps over the binary"
        exit 1
    fi
done
if grep -Eq -- '-dev( |,|$)' <<<"$depends"; then
    echo "FAIL: Depends names a -dev package"
    exit 1
fi
echo "ok: Depends from the binary's shared libraries"

# Read aloud's speech service is needed only to speak, and the app runs without it: recommended, never
# required, so the package installs on a machine that wants no speech daemon.
recommends="$(dpkg-deb --field "$deb" Recommends)"
for package in qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng; do
    if [[ "$recommends" != *"$package"* ]]; then
        echo "FAIL: Recommends lacks $package (Read aloud speaks through it)"
        exit 1
    fi
    if [[ ",$depends," == *", $package,"* || ",$depends," == *",$package,"* || "$depends" == *"$package ("* ]]; then
        echo "FAIL: Depends names $package: Read aloud's speech service must be recommended, not required"
        exit 1
    fi
done
echo "ok: Read aloud's speech service recommended, not required"

if dpkg-deb --contents "$deb" | awk '{print $2}' | grep -v '^root/root$'; then
    echo "FAIL: files in the package not owned by root/root (above)"
    exit 1
fi
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -q '^\./usr/share/applications/org.carebook.Carebook.desktop$' ||
    { echo "FAIL: no menu entry in the package"; exit 1; }
echo "ok: every file root/root, the menu entry included"

echo "== dpkg-deb -x"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/usr/bin/carebook"
file "$app" | tee "$work/file"
grep -q ', stripped' "$work/file" || { echo "FAIL: the packaged binary is not stripped"; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
echo "== $app --version"
"$app" --version | tee "$work/version"
grep -q "^carebook $version " "$work/version" || { echo "FAIL: --version is not $version"; exit 1; }
"$app" list >"$work/list"
grep -q 'back-spasm' "$work/list" || { echo "FAIL: the unpacked binary's list has no back-spasm"; exit 1; }
echo "ok: the unpacked binary runs: $(wc -l <"$work/list") lines of list"
