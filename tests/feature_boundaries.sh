#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Features plug into the window one way: they expose actions, menus, docks and signals, and only the main
# window places them. So no feature folder includes the main window, reads the settings file around the
# typed table (app/settings/settings.h), or looks a menu up by its (translated) title.
set -euo pipefail
src="${1:?usage: feature_boundaries.sh SRC-DIR}"
status=0
# Every feature folder of the app, found rather than listed, so a new one is checked too.
features=()
for folder in "$src"/app/*/; do
    [ "$(basename "$folder")" = window ] || features+=("${folder%/}")
done
if grep -rn '#include "app/window/mainwindow.h"' "${features[@]}"; then
    echo "FAIL: a feature includes the main window (above); expose the part and let the window place it"
    status=1
fi
if grep -rn 'menuBar()\|->title() ==\|findChild<QToolBar' "${features[@]}"; then
    echo "FAIL: a feature finds the window's menus or toolbar (above)"
    status=1
fi
if grep -rln 'QSettings' "$src/app" | grep -v "^$src/app/settings/"; then
    echo "FAIL: QSettings used outside app/settings (above); add the key to settings.h and use Settings::get/set"
    status=1
fi
[ "$status" -eq 0 ] && echo "ok: features plug in through their parts; settings go through the typed table"
exit "$status"
