// SPDX-License-Identifier: MIT
#pragma once

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class MainWindow;
class UserDataUi;

// Adds "Home-care sheet…" (Ctrl+P) to the window's File menu: it opens the sheet builder with the
// symptom being read chosen. With the person's data available, the builder's "Save sheet" keeps the sheet
// there, and "Open" on a saved sheet reopens it in the builder for editing.
void installSheetBuilder(MainWindow& window, ContentStore& store, UserDataUi* userDataUi);

} // namespace carebook::app
