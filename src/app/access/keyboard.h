// SPDX-License-Identifier: MIT
#pragma once

// Small keyboard helpers shared by the windows (issue 15, item 1).

class QAbstractItemView;
class QWidget;

namespace carebook::app {

// When the keyboard arrives in `view` (Tab, or a pane's shortcut) and no row is current, the first
// row becomes current and selected: otherwise the focus is in the list but nothing on screen says
// where, and the arrow keys start from nowhere. Rows the person chose are left alone.
void markFirstRowOnFocus(QAbstractItemView* view);

// Alt+letter in `field` is a mnemonic, never text: Qt's text fields insert the letter when no enabled
// control has that mnemonic (a greyed-out "Save as P&DF…" let Alt+D type a "d" into the sheet's Notes).
// AltGr, which types characters on many layouts, is not Alt and still types.
void keepAltLettersOut(QWidget* field);

} // namespace carebook::app
