// SPDX-License-Identifier: MIT
#pragma once

// What the commands that write a PDF (sheet, print) share: painting without a display, and --paper.

#include "app/cli/cli.h"
#include "core/sheet/sheet.h"

#include <QGuiApplication>

#include <memory>

namespace carebook::cli {

// Painting text needs a QGuiApplication; the offscreen platform needs no display at all. Returns null
// when one exists already.
std::unique_ptr<QGuiApplication> ensureGuiApplication();

// --paper a4|letter, or the locale's paper without it (call after ensureGuiApplication).
Paper paperOption(const Invocation& call);

} // namespace carebook::cli
