// SPDX-License-Identifier: MIT
// The food finder's widgets and their connections, apart from foodfinderwindow.cpp (what they show).
#include "app/foods/foodfinderwindow.h"

#include "app/theme/thememanager.h"

#include "app/foods/foodbarchart.h"
#include "app/foods/foodtablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace carebook::app {

namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

constexpr int kFilterDelayMs = 250; // the name filter waits for typing to pause
constexpr int kLookupDelayMs = 300;

} // namespace

namespace {

// A combo box that may shrink below its longest item (USDA group names, the basis texts) and elides it,
// so the window fits a 1024×600 screen; the open list still shows every item in full.
void letShrink(QComboBox* box, int characters) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

void FoodFinderWindow::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildPickers());
    layout->addWidget(buildReferenceBox());
    auto* listPane = buildListPane(); // makes the heading too
    layout->addWidget(m_listHeading);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("foodMainSplitter"));
    main->addWidget(listPane);
    main->addWidget(buildProfilePane());
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    main->setSizes({900, 340});
    layout->addWidget(main, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &FoodFinderWindow::refresh);
    m_lookupTimer = new QTimer(this);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(kLookupDelayMs);
    connect(m_lookupTimer, &QTimer::timeout, this, [this] {
        if (m_foodSearch->text().trimmed().size() >= 2) {
            lookupFood(m_foodSearch->text());
        }
    });
    connectSignals();
}

// Two rows of pickers: in one row they needed 1,135 px, more than a 1,024 px screen.
QLayout* FoodFinderWindow::buildPickers() {
    m_nutrientBox = new QComboBox(this);
    m_nutrientBox->setObjectName(QStringLiteral("nutrientBox"));
    m_secondBox = new QComboBox(this);
    m_secondBox->setObjectName(QStringLiteral("secondNutrientBox"));
    m_secondBox->setToolTip(tr("Rank by two nutrients at once: the score is the geometric mean of both %DVs, each "
                               "capped at 100%, so a food must supply a real share of each"));
    m_basisBox = new QComboBox(this);
    m_basisBox->setObjectName(QStringLiteral("basisBox"));
    m_groupBox = new QComboBox(this);
    m_groupBox->setObjectName(QStringLiteral("groupBox"));
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    m_kindBox->setToolTip(tr("Single foods come first. Mixed dishes and meals, soups and stews, and fortified or "
                             "formulated products each have their own list, never mixed in silently"));
    for (QComboBox* box : {m_nutrientBox, m_secondBox, m_basisBox, m_groupBox, m_kindBox}) {
        letShrink(box, 12);
    }
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_nameFilter->setClearButtonEnabled(true);
    // A placeholder is not a name: a screen reader says nothing for an empty field without one.
    m_nameFilter->setAccessibleName(tr("Filter foods by name"));
    m_nameFilter->setAccessibleDescription(tr("Shows only the foods in the list whose name has these words"));

    auto* grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("&Nutrient:"), m_nutrientBox, this), 0, 0);
    grid->addWidget(m_nutrientBox, 0, 1);
    grid->addWidget(buddyLabel(tr("&and:"), m_secondBox, this), 0, 2);
    grid->addWidget(m_secondBox, 0, 3);
    grid->addWidget(buddyLabel(tr("&Per:"), m_basisBox, this), 0, 4);
    grid->addWidget(m_basisBox, 0, 5);
    grid->addWidget(buddyLabel(tr("&Group:"), m_groupBox, this), 1, 0);
    grid->addWidget(m_groupBox, 1, 1);
    grid->addWidget(buddyLabel(tr("S&how:"), m_kindBox, this), 1, 2);
    grid->addWidget(m_kindBox, 1, 3);
    grid->addWidget(m_nameFilter, 1, 4, 1, 2);
    for (const int column : {1, 3, 5}) {
        grid->setColumnStretch(column, 1);
    }

    return grid;
}

// The person's own reference, apart from the label DV, and what else to list.
QWidget* FoodFinderWindow::buildReferenceBox() {
    m_ageBox = new QComboBox(this);
    m_ageBox->setObjectName(QStringLiteral("ageBox"));
    m_sexBox = new QComboBox(this);
    m_sexBox->setObjectName(QStringLiteral("sexBox"));
    m_stageBox = new QComboBox(this);
    m_stageBox->setObjectName(QStringLiteral("lifeStageBox"));
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setObjectName(QStringLiteral("referenceLabel"));
    m_referenceLabel->setWordWrap(true);
    m_referenceLabel->setTextFormat(Qt::RichText);
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referenceLabel->setToolTip(tr("The Daily Value on food labels is the same for everyone aged 4 and over; your "
                                    "recommended intake (RDA, or AI where there is no RDA) depends on your age, sex "
                                    "and life stage"));

    letShrink(m_stageBox, 10);
    m_uncommonBox = new QCheckBox(tr("&less common"), this);
    m_uncommonBox->setObjectName(QStringLiteral("uncommonBox"));
    m_uncommonBox->setToolTip(tr("Also list foods USDA does not use for its national food survey of what people eat "
                                 "and that no other rule counts as commonly eaten (conch, cottonseed kernels)"));
    m_tinyBox = new QCheckBox(tr("&tiny amounts"), this);
    m_tinyBox->setObjectName(QStringLiteral("tinyBox"));
    m_tinyBox->setToolTip(tr("Also list foods eaten only a pinch or a spoonful at a time (spices, dried herbs, baking "
                             "powder, salt: a usual portion under 5 g). Per 100 g they look rich, but nobody eats "
                             "100 g of them"));
    m_allFoodsBox = new QCheckBox(tr("&brand, baby, restaurant"), this);
    m_allFoodsBox->setObjectName(QStringLiteral("allFoodsBox"));
    m_allFoodsBox->setToolTip(tr("Also list brand-name foods, baby foods and restaurant or fast-food items"));


    auto* personRow = new QHBoxLayout;
    personRow->addWidget(buddyLabel(tr("Your &age:"), m_ageBox, this));
    personRow->addWidget(m_ageBox);
    personRow->addWidget(buddyLabel(tr("&Sex:"), m_sexBox, this));
    personRow->addWidget(m_sexBox);
    personRow->addWidget(m_stageBox, 1);
    personRow->addSpacing(12);
    personRow->addWidget(new QLabel(tr("Also list:"), this));
    personRow->addWidget(m_uncommonBox);
    personRow->addWidget(m_tinyBox);
    personRow->addWidget(m_allFoodsBox);
    // No title: the label's first words say what it is, and a 600 px screen needs the line.
    auto* referenceBox = new QGroupBox(this);
    auto* referenceLayout = new QVBoxLayout(referenceBox);
    referenceLayout->setContentsMargins(6, 2, 6, 4);
    referenceLayout->setSpacing(2);
    referenceLayout->addLayout(personRow);
    referenceLayout->addWidget(m_referenceLabel);
    return referenceBox;
}

// The list's heading (which kind of food it shows, what it leaves out), the score's meaning when two
// nutrients are combined, the table and the chart.
QWidget* FoodFinderWindow::buildListPane() {
    m_listHeading = new QLabel(this);
    m_listHeading->setObjectName(QStringLiteral("listHeading"));
    m_listHeading->setWordWrap(true);
    m_listHeading->setTextFormat(Qt::RichText);
    m_listHeading->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_listHeading->setOpenExternalLinks(false);
    connect(m_listHeading, &QLabel::linkActivated, this, [this](const QString& link) {
        const int index = m_kindBox->findData(link.section(QLatin1Char(':'), 1));
        if (link.startsWith(QLatin1String("kind:")) && index >= 0) {
            m_kindBox->setCurrentIndex(index);
        }
    });
    m_scoreNote = new QLabel(qs(foods::combinedScoreExplanation()), this);
    m_scoreNote->setObjectName(QStringLiteral("scoreNote"));
    m_scoreNote->setWordWrap(true);
    m_scoreNote->setVisible(false);

    m_model = new FoodTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FoodTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("foodTable"));
    m_table->setAccessibleName(tr("Foods"));
    m_table->setAccessibleDescription(tr("The foods richest in the chosen nutrient, best first; the food you move "
                                         "to has its nutrients shown beside the list"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FoodTableModel::kRankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // every elided name has its full USDA name in the tooltip
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setResizeContentsPrecision(60);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 + fontMetrics().height() * 3);

    auto* copyAction = new QAction(tr("&Copy rows"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, [this] { copySelection(); });
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_chart = new FoodBarChart(this);

    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_scoreNote);
    tableLayout->addWidget(m_table, 1);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("foodListSplitter"));
    left->addWidget(tablePane);
    left->addWidget(m_chart);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    left->setSizes({1, 1}); // half each, whatever the 15 bars would like: on a 600 px screen both stay readable
    return left;
}

QWidget* FoodFinderWindow::buildProfilePane() {
    m_foodSearch = new QLineEdit(this);
    m_foodSearch->setObjectName(QStringLiteral("foodSearch"));
    m_foodSearch->setPlaceholderText(tr("Look up a food: banana, spinach boiled, almonds… (Ctrl+L)"));
    m_foodSearch->setClearButtonEnabled(true);
    m_foodSearch->setAccessibleName(tr("Look up a food"));
    m_foodSearch->setAccessibleDescription(tr("Type a food's name to see all its nutrients"));
    m_profileView = new QTextBrowser(this);
    m_profileView->setObjectName(QStringLiteral("profileView"));
    m_profileView->setAccessibleName(tr("Food nutrients"));
    m_profileView->setOpenLinks(false);
    m_profileView->setOpenExternalLinks(false);
    // The article's stylesheet, from the theme; a new theme or text size re-renders the profile.
    m_profileView->document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
    const auto restyle = [this] {
        m_profileView->document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
        renderProfile();
    };
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, restyle);
    connect(&ThemeManager::instance(), &ThemeManager::textScaleChanged, this, restyle);
    m_profileView->setHtml(tr("<p class=\"muted\">Select a food in the list, double-click a bar, or look a food "
                              "up by name to see all its nutrients per 100 g and per portion.</p>"));

    auto* profilePane = new QWidget(this);
    auto* profileLayout = new QVBoxLayout(profilePane);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_foodSearch);
    profileLayout->addWidget(m_profileView, 1);
    return profilePane;
}

void FoodFinderWindow::connectSignals() {
    const auto rerank = [this] {
        if (!m_restoring) {
            refresh();
        }
    };
    connect(m_nutrientBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_secondBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_basisBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_groupBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_allFoodsBox, &QCheckBox::toggled, this, rerank);
    connect(m_uncommonBox, &QCheckBox::toggled, this, rerank);
    connect(m_tinyBox, &QCheckBox::toggled, this, rerank);
    connect(m_ageBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_sexBox, &QComboBox::currentIndexChanged, this, [this, rerank] {
        updatePersonControls();
        rerank();
    });
    connect(m_stageBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_nameFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_nameFilter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        refresh();
    });
    connect(m_foodSearch, &QLineEdit::textChanged, m_lookupTimer, qOverload<>(&QTimer::start));
    connect(m_foodSearch, &QLineEdit::returnPressed, this, [this] {
        m_lookupTimer->stop();
        if (!lookupFood(m_foodSearch->text())) {
            m_profileView->setHtml(tr("<p>No food matches “%1”. Try fewer words or another spelling.</p>")
                                       .arg(m_foodSearch->text().toHtmlEscaped()));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_otherMatches.clear();
                    showFood(current.data(FoodTableModel::UsdaIdRole).toString());
                }
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_otherMatches.clear();
        showFood(index.data(FoodTableModel::UsdaIdRole).toString());
    });
    connect(m_chart, &FoodBarChart::barActivated, this, [this](const QString& usdaId) {
        m_otherMatches.clear();
        showFood(usdaId);
    });
    connect(m_profileView, &QTextBrowser::anchorClicked, this, &FoodFinderWindow::followProfileLink);

    auto* focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, this, [this] {
        m_nameFilter->setFocus();
        m_nameFilter->selectAll();
    });
    auto* focusLookup = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusLookup, &QShortcut::activated, this, [this] {
        m_foodSearch->setFocus();
        m_foodSearch->selectAll();
    });
    auto* closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
}

} // namespace carebook::app
