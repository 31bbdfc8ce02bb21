// SPDX-License-Identifier: MIT
#include "app/theme/theme.h"

#include <cmath>

namespace carebook::app {

namespace {

QColor c(const char* hex) { return QColor(QLatin1String(hex)); }

Theme makeLight() {
    Theme t{};
    t.kind = ThemeKind::Light;
    t.name = QStringLiteral("light");
    t.window = c("#f3f4f6");
    t.windowText = c("#1f2933");
    t.base = c("#ffffff");
    t.alternateBase = c("#f1f4f7");
    t.button = c("#e9ecef");
    t.buttonText = c("#1f2933");
    t.highlight = c("#1c5fa8");
    t.highlightedText = c("#ffffff");
    t.disabledText = c("#5f6873");
    t.placeholderText = c("#5f6873");
    t.toolTipBase = c("#fffbe6");
    t.toolTipText = c("#1f2933");
    t.frame = c("#9aa5b1");
    t.pageBackground = c("#ffffff");
    t.pageText = c("#1f2933");
    t.heading = c("#12355b");
    t.subheading = c("#24507a");
    t.summary = c("#334e68");
    t.muted = c("#56667a");
    t.link = c("#0b5c9a");
    t.timingBackground = c("#eef5fb");
    t.tableBorder = c("#c9d3dd");
    t.tableHeaderBackground = c("#eef2f6");
    t.stance = {c("#e4ecf4"), c("#24507a")};
    t.evidenceModerate = {c("#d9f0dd"), c("#1d6b2c")};
    t.evidenceLow = {c("#fdf1d6"), c("#7a4f00")};
    t.evidenceNone = {c("#fbe0de"), c("#a1120b")};
    t.evidenceUnknown = {c("#ebedf0"), c("#3e4c59")};
    t.termHighlight = {c("#ffe27a"), c("#000000")};
    t.redFlagBackground = c("#fff4f2");
    t.redFlagBorder = c("#c0392b");
    t.redFlagHeading = c("#a1120b");
    t.redFlagSubtitle = c("#4a4f55");
    t.emergency = c("#a1120b");
    t.urgent = c("#9a4100");
    t.routine = c("#3b4a5a");
    t.warningText = c("#a1120b");
    t.problemBanner = {c("#a1120b"), c("#ffffff")};
    t.controlBorder = c("#66717e");
    t.bookmarkStar = c("#8a6100");
    t.bookmarkFill = c("#f0b429");
    t.chartBar = c("#2f6ea8");
    t.chartText = c("#1f2933");
    t.chartMuted = c("#56667a");
    t.chartReference = c("#a8321f");
    t.icon = c("#2b3a4a");
    t.illustrationLine = c("#24507a");
    t.illustrationAccent = c("#e8590c");
    t.illustrationGround = c("#dbe5ef");
    t.illustrationFill = c("#ffffff");
    return t;
}

Theme makeDark() {
    Theme t{};
    t.kind = ThemeKind::Dark;
    t.name = QStringLiteral("dark");
    t.window = c("#23272e");
    t.windowText = c("#e6ebf0");
    t.base = c("#1b1f24");
    t.alternateBase = c("#22272d");
    t.button = c("#2f353d");
    t.buttonText = c("#e6ebf0");
    t.highlight = c("#2f6aa8");
    t.highlightedText = c("#ffffff");
    t.disabledText = c("#8b949e");
    t.placeholderText = c("#9aa4ae");
    t.toolTipBase = c("#2f353d");
    t.toolTipText = c("#e6ebf0");
    t.frame = c("#59626c");
    t.pageBackground = c("#1b1f24");
    t.pageText = c("#e6ebf0");
    t.heading = c("#9ccaff");
    t.subheading = c("#8cbbe8");
    t.summary = c("#c8d3de");
    t.muted = c("#a3afbc");
    t.link = c("#7dbcf5");
    t.timingBackground = c("#22303d");
    t.tableBorder = c("#47515c");
    t.tableHeaderBackground = c("#262d35");
    t.stance = {c("#22344a"), c("#b9d5f2")};
    t.evidenceModerate = {c("#1c3a25"), c("#8fdc9f")};
    t.evidenceLow = {c("#3b3014"), c("#f0c674")};
    t.evidenceNone = {c("#4a1e1b"), c("#ffa39b")};
    t.evidenceUnknown = {c("#2f353c"), c("#cfd6dd")};
    t.termHighlight = {c("#ffe27a"), c("#000000")};
    t.redFlagBackground = c("#2e1a1a");
    t.redFlagBorder = c("#e5534b");
    t.redFlagHeading = c("#ff9b91");
    t.redFlagSubtitle = c("#c9cfd6");
    t.emergency = c("#ff9b91");
    t.urgent = c("#ffbb73");
    t.routine = c("#c9d4df");
    t.warningText = c("#ff9b91");
    t.problemBanner = {c("#8f1d14"), c("#ffffff")};
    t.controlBorder = c("#9aa4ae");
    t.bookmarkStar = c("#f0c674");
    t.bookmarkFill = c("#f0b429");
    t.chartBar = c("#5a9fe0");
    t.chartText = c("#e6ebf0");
    t.chartMuted = c("#a3afbc");
    t.chartReference = c("#ff8f80");
    t.icon = c("#dbe2ea");
    t.illustrationLine = c("#dbe2ea");
    t.illustrationAccent = c("#ffa368");
    t.illustrationGround = c("#3a434e");
    t.illustrationFill = c("#1b1f24");
    return t;
}

// Black and white with a few saturated colours, each at 7:1 or more on black (WCAG AAA).
Theme makeHighContrast() {
    Theme t{};
    t.kind = ThemeKind::HighContrast;
    t.name = QStringLiteral("high-contrast");
    t.window = c("#000000");
    t.windowText = c("#ffffff");
    t.base = c("#000000");
    t.alternateBase = c("#141414");
    t.button = c("#000000");
    t.buttonText = c("#ffffff");
    t.highlight = c("#ffff00");
    t.highlightedText = c("#000000");
    t.disabledText = c("#c0c0c0");
    t.placeholderText = c("#d0d0d0");
    t.toolTipBase = c("#000000");
    t.toolTipText = c("#ffffff");
    t.frame = c("#ffffff");
    t.pageBackground = c("#000000");
    t.pageText = c("#ffffff");
    t.heading = c("#ffff00");
    t.subheading = c("#ffff00");
    t.summary = c("#ffffff");
    t.muted = c("#e0e0e0");
    t.link = c("#00ffff");
    t.timingBackground = c("#000000");
    t.tableBorder = c("#ffffff");
    t.tableHeaderBackground = c("#1a1a1a");
    t.stance = {c("#000000"), c("#ffffff")};
    t.evidenceModerate = {c("#000000"), c("#7dff8a")};
    t.evidenceLow = {c("#000000"), c("#ffd24d")};
    t.evidenceNone = {c("#000000"), c("#ff8c8c")};
    t.evidenceUnknown = {c("#000000"), c("#ffffff")};
    t.termHighlight = {c("#ffff00"), c("#000000")};
    t.redFlagBackground = c("#000000");
    t.redFlagBorder = c("#ff8c8c");
    t.redFlagHeading = c("#ff8c8c");
    t.redFlagSubtitle = c("#ffffff");
    t.emergency = c("#ff8c8c");
    t.urgent = c("#ffd24d");
    t.routine = c("#ffffff");
    t.warningText = c("#ff8c8c");
    t.problemBanner = {c("#000000"), c("#ffff00")};
    t.controlBorder = c("#ffffff");
    t.bookmarkStar = c("#ffd24d");
    t.bookmarkFill = c("#ffd24d");
    t.chartBar = c("#00ffff");
    t.chartText = c("#ffffff");
    t.chartMuted = c("#e0e0e0");
    t.chartReference = c("#ff8c8c");
    t.icon = c("#ffffff");
    t.illustrationLine = c("#ffffff");
    t.illustrationAccent = c("#ffd500");
    t.illustrationGround = c("#5a5a5a");
    t.illustrationFill = c("#000000");
    return t;
}

QString hex(const QColor& colour) { return colour.name(QColor::HexRgb); }

// Point sizes in the stylesheets, scaled for the text size.
QString pt(double points, int scalePercent) { return QString::number(points * scalePercent / 100.0, 'f', 1) + u"pt"; }

double channel(double value) {
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

const Theme& Theme::light() {
    static const Theme theme = makeLight();
    return theme;
}
const Theme& Theme::dark() {
    static const Theme theme = makeDark();
    return theme;
}
const Theme& Theme::highContrast() {
    static const Theme theme = makeHighContrast();
    return theme;
}
const Theme& Theme::of(ThemeKind kind) {
    switch (kind) {
    case ThemeKind::Dark:
        return dark();
    case ThemeKind::HighContrast:
        return highContrast();
    case ThemeKind::Light:
        break;
    }
    return light();
}

QPalette paletteFor(const Theme& t) {
    QPalette palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, t.window);
        palette.setColor(group, QPalette::WindowText, disabled ? t.disabledText : t.windowText);
        palette.setColor(group, QPalette::Base, t.base);
        palette.setColor(group, QPalette::AlternateBase, t.alternateBase);
        palette.setColor(group, QPalette::Text, disabled ? t.disabledText : t.pageText);
        palette.setColor(group, QPalette::Button, t.button);
        palette.setColor(group, QPalette::ButtonText, disabled ? t.disabledText : t.buttonText);
        palette.setColor(group, QPalette::BrightText, t.kind == ThemeKind::Light ? c("#ffffff") : c("#000000"));
        palette.setColor(group, QPalette::Highlight, disabled ? t.frame : t.highlight);
        palette.setColor(group, QPalette::HighlightedText, t.highlightedText);
        palette.setColor(group, QPalette::PlaceholderText, t.placeholderText);
        palette.setColor(group, QPalette::ToolTipBase, t.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, t.toolTipText);
        palette.setColor(group, QPalette::Link, t.link);
        palette.setColor(group, QPalette::LinkVisited, t.link);
        // Fusion draws frames and bevels from these.
        palette.setColor(group, QPalette::Light, t.button.lighter(130));
        palette.setColor(group, QPalette::Midlight, t.button.lighter(115));
        palette.setColor(group, QPalette::Mid, t.frame);
        palette.setColor(group, QPalette::Dark, t.frame.darker(130));
        palette.setColor(group, QPalette::Shadow, c("#000000"));
    }
    return palette;
}

QString articleCss(const Theme& t, int s) {
    // QTextBrowser supports a subset of CSS 2.1: simple selectors only.
    QString css;
    css += u"body { font-size: " + pt(11, s) + u"; color: " + hex(t.pageText) + u"; background-color: " +
           hex(t.pageBackground) + u"; }\n";
    css += u"h1 { font-size: " + pt(20, s) + u"; color: " + hex(t.heading) + u"; margin-top: 2px; margin-bottom: 4px; }\n";
    css += u"h2 { font-size: " + pt(14, s) + u"; color: " + hex(t.heading) + u"; margin-top: 16px; margin-bottom: 4px; }\n";
    css += u"h3 { font-size: " + pt(12, s) + u"; color: " + hex(t.subheading) + u"; margin-top: 10px; margin-bottom: 2px; }\n";
    css += u"p { margin-top: 4px; margin-bottom: 6px; }\nli { margin-bottom: 3px; }\n";
    css += u"a { color: " + hex(t.link) + u"; text-decoration: " +
           (t.kind == ThemeKind::HighContrast ? u"underline" : u"none") + u"; }\n";
    css += u".kind { color: " + hex(t.muted) + u"; font-size: " + pt(9, s) +
           u"; text-transform: uppercase; margin-bottom: 0; }\n";
    css += u".summary { font-size: " + pt(12, s) + u"; color: " + hex(t.summary) + u"; }\n";
    css += u".aliases { color: " + hex(t.muted) + u"; font-size: " + pt(10, s) + u"; }\n";
    css += u".muted { color: " + hex(t.muted) + u"; }\n";
    css += u".timing { background-color: " + hex(t.timingBackground) + u"; }\n";
    css += u".badge { font-size: " + pt(9, s) + u"; font-weight: bold; }\n";
    const std::pair<const char16_t*, const BadgeColours*> badges[] = {{u".stance", &t.stance},
                                                                      {u".ev-moderate", &t.evidenceModerate},
                                                                      {u".ev-low", &t.evidenceLow},
                                                                      {u".ev-none", &t.evidenceNone},
                                                                      {u".ev-unknown", &t.evidenceUnknown}};
    for (const auto& [selector, badge] : badges) {
        css += QString::fromUtf16(selector) + u" { background-color: " + hex(badge->background) + u"; color: " +
               hex(badge->text) + u"; }\n";
    }
    for (const char16_t* table : {u"table.evidence", u"table.foods"}) {
        const QString name = QString::fromUtf16(table);
        css += name + u" { border-color: " + hex(t.tableBorder) + u"; border-style: solid; }\n";
        css += name + u" th { background-color: " + hex(t.tableHeaderBackground) + u"; text-align: left; }\n";
    }
    css += u".sources { font-size: " + pt(9, s) + u"; color: " + hex(t.muted) + u"; }\n";
    return css;
}

QString redFlagCss(const Theme& t, int s) {
    return u"body { font-size: " + pt(10.5, s) + u"; color: " + hex(t.pageText) + u"; }\n" +
           u"p { margin: 6px 0 2px 0; } ul { margin: 0 0 0 -16px; } li { margin-bottom: 3px; }\n" +
           u".urgency-emergency { color: " + hex(t.emergency) + u"; }\n" + u".urgency-urgent { color: " +
           hex(t.urgent) + u"; }\n" + u".urgency-routine { color: " + hex(t.routine) + u"; }\n";
}

double relativeLuminance(const QColor& colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> contrastPairs(const Theme& t) {
    constexpr double text = 4.5;
    constexpr double large = 3.0; // large text (h1, the panel's heading) and non-text marks (bars)
    std::vector<ColourPair> pairs = {
        {QStringLiteral("window text"), t.windowText, t.window, text},
        {QStringLiteral("text in a field or list"), t.pageText, t.base, text},
        {QStringLiteral("button text"), t.buttonText, t.button, text},
        {QStringLiteral("selected text"), t.highlightedText, t.highlight, text},
        {QStringLiteral("disabled text"), t.disabledText, t.window, text},
        {QStringLiteral("placeholder text"), t.placeholderText, t.base, text},
        {QStringLiteral("tooltip"), t.toolTipText, t.toolTipBase, text},
        {QStringLiteral("article text"), t.pageText, t.pageBackground, text},
        {QStringLiteral("article heading"), t.heading, t.pageBackground, text},
        {QStringLiteral("article subheading"), t.subheading, t.pageBackground, text},
        {QStringLiteral("article summary"), t.summary, t.pageBackground, text},
        {QStringLiteral("article muted text"), t.muted, t.pageBackground, text},
        {QStringLiteral("article link"), t.link, t.pageBackground, text},
        {QStringLiteral("text in a timing box"), t.pageText, t.timingBackground, text},
        {QStringLiteral("table header"), t.pageText, t.tableHeaderBackground, text},
        {QStringLiteral("stance badge"), t.stance.text, t.stance.background, text},
        {QStringLiteral("evidence badge: moderate"), t.evidenceModerate.text, t.evidenceModerate.background, text},
        {QStringLiteral("evidence badge: low"), t.evidenceLow.text, t.evidenceLow.background, text},
        {QStringLiteral("evidence badge: none"), t.evidenceNone.text, t.evidenceNone.background, text},
        {QStringLiteral("evidence badge: unknown"), t.evidenceUnknown.text, t.evidenceUnknown.background, text},
        {QStringLiteral("search word highlight"), t.termHighlight.text, t.termHighlight.background, text},
        {QStringLiteral("red-flag heading"), t.redFlagHeading, t.redFlagBackground, large},
        {QStringLiteral("red-flag symptom"), t.redFlagSubtitle, t.redFlagBackground, text},
        {QStringLiteral("red flag: emergency"), t.emergency, t.redFlagBackground, text},
        {QStringLiteral("red flag: urgent"), t.urgent, t.redFlagBackground, text},
        {QStringLiteral("red flag: routine"), t.routine, t.redFlagBackground, text},
        {QStringLiteral("red-flag text"), t.pageText, t.redFlagBackground, text},
        {QStringLiteral("red-flag panel border"), t.redFlagBorder, t.window, large},
        {QStringLiteral("warning in a window"), t.warningText, t.window, text},
        {QStringLiteral("chart labels"), t.chartText, t.base, text},
        {QStringLiteral("chart muted labels"), t.chartMuted, t.base, text},
        {QStringLiteral("chart reference line and label"), t.chartReference, t.base, text},
        {QStringLiteral("chart bar"), t.chartBar, t.base, large},
        {QStringLiteral("toolbar icon"), t.icon, t.window, large},
        {QStringLiteral("drawing: the figure"), t.illustrationLine, t.illustrationFill, large},
        {QStringLiteral("drawing: the figure on the floor"), t.illustrationLine, t.illustrationGround, large},
        {QStringLiteral("drawing: the moving part and its arrow"), t.illustrationAccent, t.illustrationFill, large},
        {QStringLiteral("toolbar icon on a pressed button"), t.icon, t.button, large},
        {QStringLiteral("bookmark star"), t.bookmarkStar, t.window, large},
        {QStringLiteral("bookmark star on a pressed button"), t.bookmarkStar, t.button, large},
        {QStringLiteral("sheet preview problem banner"), t.problemBanner.text, t.problemBanner.background, text},
        {QStringLiteral("check box edge in a list or field"), t.controlBorder, t.base, large},
        {QStringLiteral("check box edge on a window"), t.controlBorder, t.window, large},
        {QStringLiteral("check box edge on a button"), t.controlBorder, t.button, large},
    };
    return pairs;
}

std::vector<ColourPair> contrastFailures(const Theme& theme) {
    std::vector<ColourPair> failures;
    for (auto& pair : contrastPairs(theme)) {
        if (contrastRatio(pair.foreground, pair.background) < pair.minimum) {
            failures.push_back(std::move(pair));
        }
    }
    return failures;
}

} // namespace carebook::app
