// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/labels.h"
#include "core/content/store.h"

#include <string>
#include <string_view>
#include <vector>

namespace carebook {

// Escapes text for HTML element content and attribute values.
std::string escapeHtml(std::string_view text);

// The fixed headings and words the article's HTML puts round its content: English by default (the
// command line, the tests); the window fills them from its translation (app/settings/corelabels.cpp).
// A "%1" stands for the value put in.
struct ArticleLabels {
    ContentWords words;
    std::string alsoCalled = "Also called: %1";
    std::string dose = "Dose:";
    DoseWords doseWords; // the dose line and where its figures come from
    std::string when = "When:";
    std::string steps = "How to do it";
    std::string cautions = "Take care";
    std::string avoidIf = "Do not use it, or ask first, if";
    std::string whatHelps = "What helps";
    std::string commonCauses = "Common causes";
    std::string evidence = "What the evidence says";
    std::string phaseColumn = "Phase";
    std::string evidenceColumn = "Evidence";
    std::string notesColumn = "Notes";
    std::string guidelines = "Guidelines:";
    std::string worksOn = "Causes it works on";
    std::string nutrients = "Nutrients involved";
    std::string usedFor = "Used for";
    std::string riskFactors = "Who is at risk";
    std::string prevention = "Prevention";
    std::string addressedBy = "Remedies that address it";
    std::string leadsTo = "Symptoms it can lead to";
    std::string foodExamples = "Foods that supply it";
    std::string askBeforeSupplement = "Ask a clinician before taking it as a supplement if";
    std::string nutrientLinks = "Related remedies and causes";
    std::string seeAlso = "See also";
    std::string sources = "Sources";
    std::string accessed = "(accessed %1)";
    std::string reviewed = "Reviewed %1";
};

// The printed article's footnotes: the sources in the order they are numbered (the article's own
// first, then any other the page cites, such as a warning sign's). With them, each claim that cites
// a source (an evidence row, a dose, a warning sign) carries its number in superscript, and the
// numbered list at the end is this one.
struct SourceNotes {
    std::vector<SourceRecord> sources;

    // The source's number (from 1); 0 when it is not listed.
    std::size_t number(std::string_view sourceId) const;
    // Lists `source` after the others unless it is listed already.
    void add(SourceRecord source);
    // "<sup>2</sup>", "<sup>1,3</sup>" for the listed ones among `sourceIds`; empty when none is.
    std::string marks(const std::vector<std::string>& sourceIds) const;
};

// The article as an HTML fragment for the app's article view (QTextBrowser's HTML subset): title,
// summary, the kind's structured sections (steps, cautions, evidence, phased remedies, causes …),
// the body and the numbered sources. Article links are bare ids in href. `foodSourcesHtml` is a nutrient
// article's "Top food sources" section (foods/food_html.h), placed after its authored food examples.
// `notes`: the print's footnotes (null on screen, where an evidence row names its source as "[2]").
std::string renderArticleHtml(const Article& article, std::string_view foodSourcesHtml = {},
                              const ArticleLabels& labels = {}, const SourceNotes* notes = nullptr);

// The "when to seek care" list as an HTML fragment, most urgent first.
// `iconPixels`: the size of each tier's sign, so it can grow with the text beside it. `notes`: as above,
// each sign marked with the numbers of the sources that state it.
std::string renderRedFlagsHtml(const std::vector<RedFlag>& flags, int iconPixels = 16, const UrgencyWords& urgency = {},
                               const SourceNotes* notes = nullptr);

} // namespace carebook
