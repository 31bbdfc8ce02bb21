// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace carebook::app {

// File ▸ Settings: the person's choices over the typed settings table (theme, text size, paper for
// sheets, history on or off, the food finder's age group and sex, the reading speed of Read aloud). OK writes them (the window follows
// at once through Settings::changed); Cancel leaves everything as it was.
// The theme shown is the one in use. When it came from --theme, a note says so, and choosing another
// theme here saves that one and replaces --theme at once (as View ▸ Theme does); leaving the theme
// untouched keeps --theme for this run and the saved theme as it was.
// The language is read once at start-up: a new choice applies the next time Carebook starts, and the
// dialog says so.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // `ageGroups`: the food finder's groups as (label, lowest age); empty without food data.
    explicit SettingsDialog(const std::vector<std::pair<QString, int>>& ageGroups, QWidget* parent = nullptr);

    // Writes the dialog's choices to the settings (what OK does).
    void apply();
    // Tall enough for every group without scrolling; the window fitting keeps it within the screen.
    QSize sizeHint() const override;

private:
    // One group of the dialog each; they create the controls they hold.
    QGroupBox* appearanceGroup();
    QGroupBox* sheetsGroup();
    QGroupBox* foodsGroup(const std::vector<std::pair<QString, int>>& ageGroups);
    QGroupBox* speechGroup();
    void load();

    QWidget* m_groups = nullptr;
    QWidget* m_buttons = nullptr;

    QComboBox* m_theme = nullptr;
    QLabel* m_themeNote = nullptr; // "this run uses --theme …", shown only then
    QVariant m_themeShown;         // the theme the dialog opened with
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr; // the choice applies at the next start (and --lang, when given)
    QSpinBox* m_textSize = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_keepHistory = nullptr;
    QCheckBox* m_reminders = nullptr;
    QComboBox* m_ageGroup = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_readAloudRate = nullptr;
};

} // namespace carebook::app
