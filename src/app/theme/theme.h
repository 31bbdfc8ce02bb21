// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <vector>

namespace carebook::app {

enum class ThemeKind { Light, Dark, HighContrast };

// A badge: its text on its own background.
struct BadgeColours {
    QColor background;
    QColor text;
};

// Every colour Carebook draws with, for one theme. Widgets never hard-code a colour: they take it from
// here (Theme::current() in ThemeManager), and tests check every text colour against the background it
// is drawn on (contrastPairs()).
struct Theme {
    ThemeKind kind;
    QString name; // "light", "dark", "high-contrast"

    // The window (becomes the application's QPalette).
    QColor window, windowText, base, alternateBase, button, buttonText, highlight, highlightedText;
    QColor disabledText, placeholderText, toolTipBase, toolTipText, frame;

    // The article page.
    QColor pageBackground, pageText, heading, subheading, summary, muted, link, timingBackground;
    QColor tableBorder, tableHeaderBackground;
    BadgeColours stance, evidenceModerate, evidenceLow, evidenceNone, evidenceUnknown;
    // Search words highlighted in the article.
    BadgeColours termHighlight;

    // "When to seek care": the panel and one text colour per urgency (each tier also has its own icon and
    // label, so none relies on colour alone).
    QColor redFlagBackground, redFlagBorder, redFlagHeading, redFlagSubtitle;
    QColor emergency, urgent, routine;
    // A warning in a window (e.g. the sheet builder's "warning signs are always printed").
    QColor warningText;
    // The sheet preview's "does not fit" banner, drawn over the (always white) page.
    BadgeColours problemBanner;

    // The edge of a check box or radio button's indicator (Fusion's own is too faint on dark themes):
    // a graphic, at 3:1 against every background it sits on.
    QColor controlBorder;
    // The bookmark star: its outline (hollow when off) and, when on, its fill.
    QColor bookmarkStar, bookmarkFill;

    // The food chart, on `base`.
    QColor chartBar, chartText, chartMuted, chartReference;

    // Toolbar and menu icons are drawn in this colour.
    QColor icon;

    // Exercise drawings in the window (resources/illustrations are drawn in the light theme's four
    // colours, replaced by these): the figure, the moving part and its arrow, the floor, the fill.
    // Printing keeps the drawings' own colours on the white page.
    QColor illustrationLine, illustrationAccent, illustrationGround, illustrationFill;

    static const Theme& light();
    static const Theme& dark();
    static const Theme& highContrast();
    static const Theme& of(ThemeKind kind);
};

// The application palette for a theme: every role, in the three colour groups.
QPalette paletteFor(const Theme& theme);

// The article view's stylesheet (QTextBrowser's CSS subset), sizes scaled by `textScalePercent`.
QString articleCss(const Theme& theme, int textScalePercent = 100);
// The red-flag panel's list stylesheet, scaled likewise.
QString redFlagCss(const Theme& theme, int textScalePercent = 100);

// WCAG 2.1: relative luminance and contrast ratio (1 to 21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// A text colour on the background it is drawn on, with the ratio it must reach: 4.5 for body text,
// 3 for large text (18 pt, or 14 pt bold) and for non-text marks such as chart bars.
struct ColourPair {
    QString what;
    QColor foreground;
    QColor background;
    double minimum;
};
std::vector<ColourPair> contrastPairs(const Theme& theme);
// The pairs of `theme` below their minimum ratio: empty for a theme fit to ship.
std::vector<ColourPair> contrastFailures(const Theme& theme);

} // namespace carebook::app
