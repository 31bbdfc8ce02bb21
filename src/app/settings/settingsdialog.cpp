// SPDX-License-Identifier: MIT
#include "app/settings/settingsdialog.h"

#include "app/settings/language.h"
#include "app/settings/settings.h"
#include "app/theme/thememanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cstdlib>

namespace carebook::app {

namespace {

template <typename E>
QVariant stored(E value) {
    const auto name = settingName(value);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

template <typename E>
E chosen(const QComboBox* box, E fallback) {
    E value = fallback;
    const QByteArray name = box->currentData().toString().toLatin1();
    settingFromName(std::string_view(name.constData(), static_cast<std::size_t>(name.size())), value);
    return value;
}

void select(QComboBox* box, const QVariant& value) {
    if (const int index = box->findData(value); index >= 0) {
        box->setCurrentIndex(index);
    }
}

} // namespace

SettingsDialog::SettingsDialog(const std::vector<std::pair<QString, int>>& ageGroups, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings — Carebook"));

    // The groups scroll on a screen too short for them (1024×600, large text), so the wrapped notes keep
    // all their lines instead of being squeezed; OK and Cancel stay in view.
    m_groups = new QWidget(this);
    auto* groupsLayout = new QVBoxLayout(m_groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* group : {appearanceGroup(), sheetsGroup(), foodsGroup(ageGroups), speechGroup()}) {
        groupsLayout->addWidget(group);
    }
    groupsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_groups);
    // Made after the groups, so Tab reaches OK and Cancel last.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons = buttons;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    load();
}

QGroupBox* SettingsDialog::appearanceGroup() {
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("System (follow the desktop)"), stored(ThemeChoice::System));
    m_theme->addItem(tr("Light"), stored(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), stored(ThemeChoice::Dark));
    m_theme->addItem(tr("High contrast"), stored(ThemeChoice::HighContrast));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System (follow the desktop)"), stored(LanguageChoice::System));
    // Each language by its own name, so a person can find theirs whatever the window speaks now.
    m_language->addItem(QStringLiteral("English"), stored(LanguageChoice::English));
    m_language->addItem(QStringLiteral("Nederlands"), stored(LanguageChoice::Dutch));
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(
        uiLanguageFromCommandLine()
            ? tr("This run uses the language given with --lang. A language chosen here applies the next time "
                 "Carebook starts. The articles are in English in every language.")
            : tr("A new language applies the next time Carebook starts. The articles are in English in every "
                 "language."));
    m_themeNote = new QLabel(this);
    m_themeNote->setObjectName(QStringLiteral("settingsThemeNote"));
    m_themeNote->setWordWrap(true);

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("settingsTextSize"));
    m_textSize->setRange(ThemeManager::kMinTextScale, ThemeManager::kMaxTextScale);
    m_textSize->setSingleStep(ThemeManager::kTextScaleStep);
    m_textSize->setSuffix(QStringLiteral(" %"));

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(m_themeNote);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(m_languageNote);
    appearanceForm->addRow(tr("Te&xt size:"), m_textSize);
    return appearance;
}

QGroupBox* SettingsDialog::sheetsGroup() {
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("settingsPaper"));
    m_paper->addItem(tr("From my region"), stored(PaperChoice::FromRegion));
    m_paper->addItem(QStringLiteral("A4"), stored(PaperChoice::A4));
    m_paper->addItem(QStringLiteral("Letter"), stored(PaperChoice::Letter));
    m_keepHistory = new QCheckBox(tr("Keep a &history of what I read"), this);
    m_keepHistory->setObjectName(QStringLiteral("settingsKeepHistory"));
    m_reminders = new QCheckBox(tr("&Remind me of each session of my plan while Carebook is open"), this);
    m_reminders->setObjectName(QStringLiteral("settingsReminders"));
    m_reminders->setToolTip(tr("A notification at the time of each cold, heat or exercise session of Today's "
                               "plan. Nothing is sent anywhere."));

    auto* reading = new QGroupBox(tr("Sheets, history and reminders"), this);
    auto* readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("&Paper for sheets:"), m_paper);
    readingForm->addRow(m_keepHistory);
    readingForm->addRow(m_reminders);
    return reading;
}

QGroupBox* SettingsDialog::foodsGroup(const std::vector<std::pair<QString, int>>& ageGroups) {
    m_ageGroup = new QComboBox(this);
    m_ageGroup->setObjectName(QStringLiteral("settingsAgeGroup"));
    for (const auto& [label, minAge] : ageGroups) {
        m_ageGroup->addItem(label, minAge);
    }
    m_ageGroup->setEnabled(!ageGroups.empty());
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("settingsSex"));
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_sex->addItem(tr("Male"), QStringLiteral("male"));

    auto* foods = new QGroupBox(tr("Food finder: how much you need"), this);
    auto* foodsForm = new QFormLayout(foods);
    foodsForm->addRow(tr("&Age group:"), m_ageGroup);
    foodsForm->addRow(tr("&Sex:"), m_sex);
    return foods;
}

QGroupBox* SettingsDialog::speechGroup() {
    // Named steps rather than a number: "a little slow" means something; "-20" does not.
    m_readAloudRate = new QComboBox(this);
    m_readAloudRate->setObjectName(QStringLiteral("settingsReadAloudRate"));
    m_readAloudRate->addItem(tr("Slow"), -40);
    m_readAloudRate->addItem(tr("A little slow"), -20);
    m_readAloudRate->addItem(tr("Normal"), 0);
    m_readAloudRate->addItem(tr("A little fast"), 20);
    m_readAloudRate->addItem(tr("Fast"), 40);

    auto* speech = new QGroupBox(tr("Read aloud"), this);
    auto* speechForm = new QFormLayout(speech);
    speechForm->addRow(tr("Reading spee&d:"), m_readAloudRate);
    return speech;
}

QSize SettingsDialog::sizeHint() const {
    const QSize groups = m_groups->sizeHint();
    const auto margins = contentsMargins() + layout()->contentsMargins();
    return {groups.width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left() + margins.right(),
            groups.height() + layout()->spacing() + m_buttons->sizeHint().height() + margins.top() + margins.bottom()};
}

void SettingsDialog::load() {
    // The theme in the dialog is the one on screen: a --theme given for this run, else the saved one.
    const auto& themes = ThemeManager::instance();
    m_themeShown = stored(themes.choice());
    select(m_theme, m_themeShown);
    if (themes.commandLineChoice()) {
        m_themeNote->setText(tr("This run uses the theme given with --theme. Your saved theme is “%1”. "
                                "Choose a theme here to save it and use it now.")
                                 .arg(m_theme->itemText(m_theme->findData(stored(Settings::get(settings::theme))))));
    }
    m_themeNote->setVisible(themes.commandLineChoice().has_value());
    select(m_language, stored(Settings::get(settings::language)));
    m_textSize->setValue(ThemeManager::textScale());
    select(m_paper, stored(Settings::get(settings::sheetPaper)));
    m_keepHistory->setChecked(!Settings::get(settings::keepNoHistory));
    m_reminders->setChecked(Settings::get(settings::planReminders));
    select(m_ageGroup, Settings::get(settings::foodFinderAgeGroup));
    select(m_sex, Settings::get(settings::foodFinderSex));
    // A speed between the steps (a hand-edited file) shows as the nearest step.
    const int rate = Settings::get(settings::readAloudRate);
    int nearest = 0;
    for (int i = 1; i < m_readAloudRate->count(); ++i) {
        if (std::abs(m_readAloudRate->itemData(i).toInt() - rate) <
            std::abs(m_readAloudRate->itemData(nearest).toInt() - rate)) {
            nearest = i;
        }
    }
    m_readAloudRate->setCurrentIndex(nearest);
}

void SettingsDialog::apply() {
    if (m_theme->currentData() != m_themeShown) {
        // A theme chosen here is the person's: it outlasts a --theme given for this run.
        ThemeManager::instance().setOverride(std::nullopt);
        Settings::set(settings::theme, chosen(m_theme, ThemeChoice::System));
    }
    Settings::set(settings::language, chosen(m_language, LanguageChoice::System));
    ThemeManager::instance().setTextScalePercent(m_textSize->value());
    Settings::set(settings::sheetPaper, chosen(m_paper, PaperChoice::FromRegion));
    if (Settings::get(settings::keepNoHistory) == m_keepHistory->isChecked()) {
        Settings::set(settings::keepNoHistory, !m_keepHistory->isChecked());
    }
    if (Settings::get(settings::planReminders) != m_reminders->isChecked()) {
        Settings::set(settings::planReminders, m_reminders->isChecked());
    }
    if (m_ageGroup->count() > 0) {
        Settings::set(settings::foodFinderAgeGroup, m_ageGroup->currentData().toInt());
    }
    Settings::set(settings::foodFinderSex, m_sex->currentData().toString());
    if (m_readAloudRate->currentData().toInt() != Settings::get(settings::readAloudRate)) {
        Settings::set(settings::readAloudRate, m_readAloudRate->currentData().toInt());
    }
}

} // namespace carebook::app
