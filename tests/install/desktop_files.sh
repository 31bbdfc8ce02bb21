#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the desktop integration files in resources/desktop as shipped:
#   desktop-file   desktop-file-validate on the menu entry, plus the keys Carebook relies on
#   metainfo       appstreamcli validate --strict --no-net, and the newest release is VERSION
#   manpage        the man page renders with no groff warning (as lintian checks it)
# A missing tool fails the test (scripts/setup.sh installs every one), it never skips.
set -euo pipefail

check="${1:?usage: desktop_files.sh desktop-file|metainfo|manpage DESKTOP-DIR [VERSION]}"
dir="${2:?usage: desktop_files.sh CHECK DESKTOP-DIR [VERSION]}"
app_id=org.carebook.Carebook

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 is not installed (apt-get install $2; ./scripts/setup.sh installs it)"
        exit 1
    fi
}

# Prints the value of KEY in the [Desktop Entry] group of a desktop file.
desktop_key() {
    sed -n "/^\[Desktop Entry\]/,/^\[/{s/^$2=//p}" "$1"
}

case "$check" in
desktop-file)
    need desktop-file-validate desktop-file-utils
    file="$dir/$app_id.desktop"
    echo "== desktop-file-validate $file"
    # It prints nothing and exits 0 when the file is valid; any output is an error or a warning.
    output="$(desktop-file-validate "$file" 2>&1)" || { echo "$output"; echo "FAIL: invalid"; exit 1; }
    if [ -n "$output" ]; then
        echo "$output"
        echo "FAIL: desktop-file-validate warned"
        exit 1
    fi
    echo "ok: valid, no warning"
    for key in Name Comment Exec Icon Categories Keywords; do
        if [ -z "$(desktop_key "$file" "$key")" ]; then
            echo "FAIL: $file has no $key"
            exit 1
        fi
    done
    [ "$(desktop_key "$file" Icon)" = "$app_id" ] || { echo "FAIL: Icon is not $app_id"; exit 1; }
    [ "$(desktop_key "$file" Exec)" = carebook ] || { echo "FAIL: Exec is not plain 'carebook'"; exit 1; }
    [[ "$(desktop_key "$file" Categories)" == *MedicalSoftware* ]] || { echo "FAIL: not MedicalSoftware"; exit 1; }
    echo "ok: Name, Comment, Exec=carebook, Icon=$app_id, Categories, Keywords"
    ;;
metainfo)
    need appstreamcli appstream
    version="${3:?the metainfo check needs the project VERSION}"
    file="$dir/$app_id.metainfo.xml"
    echo "== appstreamcli validate --no-net --strict $file"
    appstreamcli validate --no-net --strict --no-color "$file"
    # The newest release (listed first) must be the version being built, or software centres show
    # a stale one.
    newest="$(grep -o '<release [^>]*version="[^"]*"' "$file" | head -n 1 | sed 's/.*version="\([^"]*\)"/\1/')"
    if [ "$newest" != "$version" ]; then
        echo "FAIL: the newest <release> in $file is '$newest' but the project version is $version:"
        echo "      add a <release version=\"$version\" date=\"…\"> at the top of <releases>"
        exit 1
    fi
    echo "ok: newest release $newest = project version"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$file" ||
        { echo "FAIL: the launchable is not $app_id.desktop"; exit 1; }
    grep -q '<content_rating type="oars-1.1"' "$file" || { echo "FAIL: no OARS content rating"; exit 1; }
    grep -q '<screenshot type="default">' "$file" || { echo "FAIL: no default screenshot"; exit 1; }
    echo "ok: launchable, OARS rating, screenshot"
    ;;
manpage)
    need man man-db
    echo "== man --warnings $dir/carebook.1"
    warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$dir/carebook.1" 2>&1 >/dev/null)"
    if [ -n "$warnings" ]; then
        echo "$warnings"
        echo "FAIL: the man page has groff warnings"
        exit 1
    fi
    rendered="$(MANWIDTH=80 man -l "$dir/carebook.1" 2>/dev/null)"
    grep -q 'offline self-care reference' <<<"$rendered" || { echo "FAIL: no NAME line"; exit 1; }
    echo "ok: renders, no warning"
    ;;
*)
    echo "unknown check '$check'"
    exit 2
    ;;
esac
