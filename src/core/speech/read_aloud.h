// SPDX-License-Identifier: MIT
#pragma once

// What Read aloud says: an article, or a selection, as a sequence of passages of plain sentences (no
// Markdown, no HTML, links as their words) for a speech engine to speak one after another. For a symptom
// the warning signs come first, tier by tier with the tier said in words, so a person who stops
// listening early has still heard when to get help. The app (app/speech/) hands the passages to Qt's
// text-to-speech; the tests write them through espeak-ng.

#include "core/content/labels.h"
#include "core/content/store.h"

#include <string>
#include <string_view>
#include <vector>

namespace carebook {

enum class PassagePart { RedFlags, Title, Summary, Body, Selection };

struct SpokenPassage {
    PassagePart part = PassagePart::Body;
    std::string urgency; // for PassagePart::RedFlags: the tier (one of kUrgencies); else empty
    std::string text;    // one or more plain sentences, never empty

    bool operator==(const SpokenPassage&) const = default;
};

// The words read aloud round the content's (English by default; the window fills them from its
// translation). "%1" stands for the value put in.
struct ReadAloudLabels {
    UrgencyWords urgency;
    std::string warningSigns = "Warning signs for %1";      // before the first tier
    std::string tier = "%1 if you have any of these signs"; // %1: the tier's urgency words
};

// The article to read: for a symptom its warning signs first, one passage per urgency tier, most urgent
// first ("Warning signs for Back spasm. Emergency: get help now if you have any of these signs. …");
// then the title, the summary and the body, a passage per paragraph, heading or list item.
std::vector<SpokenPassage> articlePassages(const Article& article, const ReadAloudLabels& labels = {});

// A selection as it was copied from the article (lines, or Qt's paragraph separators U+2029): a passage
// per non-empty line, made speakable. Empty when nothing speakable was selected.
std::vector<SpokenPassage> selectionPassages(std::string_view selectedText);

// One line of plain text as a speakable sentence: list dashes, table bars, stray Markdown marks ("*",
// "#", "`"), HTML tags and web addresses removed, white space collapsed, and a full stop added where the
// line has no end mark, so the engine pauses between a heading and what follows. Empty for a line with
// nothing left to say.
std::string speakableSentence(std::string_view line);

// The passages joined into one text, a blank line between passages (espeak-ng and the tests).
std::string joinPassages(const std::vector<SpokenPassage>& passages);

} // namespace carebook
