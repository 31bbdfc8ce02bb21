// SPDX-License-Identifier: MIT
#include "core/speech/read_aloud.h"

#include "core/content/model.h"

#include <algorithm>

namespace carebook {

namespace {

constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";      // U+2028, Qt's line break in a selection
constexpr std::string_view kParagraphSeparator = "\xE2\x80\xA9"; // U+2029, Qt's paragraph break
constexpr std::string_view kObjectReplacement = "\xEF\xBF\xBC";  // U+FFFC, an image in a selection
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool startsWith(std::string_view text, std::size_t at, std::string_view prefix) {
    return text.substr(at, prefix.size()) == prefix;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The text with what a listener should not hear taken out: tags, Markdown marks, web addresses, invisible
// objects; every run of white space (a no-break space too) one plain space.
std::string withoutMarkup(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size();) {
        const char c = line[i];
        if (c == '<' && i + 1 < line.size() && (isAsciiLetter(line[i + 1]) || line[i + 1] == '/')) {
            const auto close = line.find('>', i);
            if (close != std::string_view::npos) { // an HTML tag: its words (if any) are outside it
                i = close + 1;
                continue;
            }
        }
        if (startsWith(line, i, "https://") || startsWith(line, i, "http://") || startsWith(line, i, "www.")) {
            // A spelled-out address is noise to a listener; the sentence still says there is one.
            std::size_t end = i;
            while (end < line.size() && !isSpace(line[end])) {
                ++end;
            }
            while (end > i && (line[end - 1] == '.' || line[end - 1] == ',' || line[end - 1] == ')')) {
                --end; // the sentence's own punctuation after the address stays
            }
            out += "a web address";
            i = end;
            continue;
        }
        if (c == '*' || c == '#' || c == '`' || c == '|') {
            out += (c == '|') ? ", " : ""; // a table's cells read as a list
            ++i;
            continue;
        }
        if (startsWith(line, i, kObjectReplacement)) {
            i += kObjectReplacement.size();
            continue;
        }
        if (startsWith(line, i, kNoBreakSpace) || isSpace(c)) {
            out += ' ';
            i += isSpace(c) ? 1 : kNoBreakSpace.size();
            continue;
        }
        out += c;
        ++i;
    }
    // Collapse the spaces, and the " ," a removed table bar leaves.
    std::string collapsed;
    collapsed.reserve(out.size());
    for (const char c : out) {
        if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) {
            continue;
        }
        if (c == ',' && !collapsed.empty() && collapsed.back() == ' ') {
            collapsed.pop_back();
            if (!collapsed.empty() && collapsed.back() == ',') {
                continue; // an empty cell
            }
        }
        if (c == ',' && collapsed.empty()) {
            continue;
        }
        collapsed += c;
    }
    while (!collapsed.empty() && (collapsed.back() == ' ' || collapsed.back() == ',')) {
        collapsed.pop_back();
    }
    return collapsed;
}

// Where the sentence's last mark is, looking through closing quotes and brackets: `"locked".`, `(see this.)`.
std::size_t lastMarkPosition(const std::string& text) {
    std::size_t end = text.size();
    for (;;) {
        if (end > 0 && (text[end - 1] == ')' || text[end - 1] == '"' || text[end - 1] == '\'' || text[end - 1] == ']')) {
            --end;
        } else if (end >= 3 && (text.compare(end - 3, 3, "\xE2\x80\x9D") == 0 || // ”
                                text.compare(end - 3, 3, "\xE2\x80\x99") == 0)) { // ’
            end -= 3;
        } else {
            return end;
        }
    }
}

std::string withEndMark(std::string text) {
    const std::size_t end = lastMarkPosition(text);
    if (end == 0) {
        return text;
    }
    const char last = text[end - 1];
    if (last == '.' || last == '!' || last == '?' || last == ':' ||
        (end >= 3 && text.compare(end - 3, 3, "\xE2\x80\xA6") == 0)) { // …
        return text;
    }
    if (last == ';' || last == ',') { // a list item: each is its own sentence when spoken
        text[end - 1] = '.';
        return text;
    }
    text.insert(text.begin() + static_cast<std::ptrdiff_t>(end), '.');
    return text;
}

std::size_t urgencyRank(const std::string& urgency) {
    return static_cast<std::size_t>(std::find(kUrgencies.begin(), kUrgencies.end(), urgency) - kUrgencies.begin());
}

void addSentence(std::string& text, std::string_view sentence) {
    const std::string spoken = speakableSentence(sentence);
    if (!spoken.empty()) {
        if (!text.empty()) {
            text += ' ';
        }
        text += spoken;
    }
}

// One passage per tier, most urgent first: what the tier means, then each sign, then what to do (once,
// when every sign of the tier says the same; else after each sign).
void addRedFlagPassages(const Article& article, const ReadAloudLabels& labels, std::vector<SpokenPassage>& passages) {
    std::vector<RedFlag> flags = article.redFlags;
    std::stable_sort(flags.begin(), flags.end(),
                     [](const RedFlag& a, const RedFlag& b) { return urgencyRank(a.urgency) < urgencyRank(b.urgency); });
    for (std::size_t start = 0; start < flags.size();) {
        std::size_t end = start;
        bool sharedAction = !flags[start].action.empty();
        while (end < flags.size() && flags[end].urgency == flags[start].urgency) {
            sharedAction = sharedAction && flags[end].action == flags[start].action;
            ++end;
        }
        std::string text;
        if (start == 0) {
            addSentence(text, fillIn(labels.warningSigns, article.summary.title));
        }
        addSentence(text, fillIn(labels.tier, labels.urgency.of(flags[start].urgency)));
        for (std::size_t i = start; i < end; ++i) {
            addSentence(text, flags[i].text);
            if (!sharedAction) {
                addSentence(text, flags[i].action);
            }
        }
        if (sharedAction) {
            addSentence(text, flags[start].action);
        }
        passages.push_back({PassagePart::RedFlags, flags[start].urgency, std::move(text)});
        start = end;
    }
}

// Each line of `text` that has something to say, as a passage of `part`. Qt's line and paragraph
// separators count as line ends.
void addLines(std::string_view text, PassagePart part, std::vector<SpokenPassage>& passages) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = start;
        std::size_t next = std::string_view::npos;
        for (; end < text.size(); ++end) {
            if (text[end] == '\n') {
                next = end + 1;
                break;
            }
            if (startsWith(text, end, kParagraphSeparator) || startsWith(text, end, kLineSeparator)) {
                next = end + kParagraphSeparator.size();
                break;
            }
        }
        std::string spoken = speakableSentence(text.substr(start, end - start));
        if (!spoken.empty()) {
            passages.push_back({part, {}, std::move(spoken)});
        }
        if (next == std::string_view::npos) {
            break;
        }
        start = next;
    }
}

} // namespace

std::string speakableSentence(std::string_view line) {
    std::string text = withoutMarkup(line);
    // A list item's dash ("- sudden (acute)") or bullet is not said.
    // (Only a dash with a space after it: "-5 °C" keeps its minus.)
    for (const std::string_view bullet : {std::string_view("- "), std::string_view("\xE2\x80\xA2 ")}) { // •
        if (text.rfind(bullet, 0) == 0) {
            text.erase(0, bullet.size());
        }
    }
    const bool hasWords = std::any_of(text.begin(), text.end(), [](char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    });
    return hasWords ? withEndMark(std::move(text)) : std::string();
}

std::vector<SpokenPassage> articlePassages(const Article& article, const ReadAloudLabels& labels) {
    std::vector<SpokenPassage> passages;
    if (article.summary.kind == ArticleKind::Symptom) {
        addRedFlagPassages(article, labels, passages);
    }
    addLines(article.summary.title, PassagePart::Title, passages);
    addLines(article.summary.summary, PassagePart::Summary, passages);
    addLines(article.bodyText, PassagePart::Body, passages);
    return passages;
}

std::vector<SpokenPassage> selectionPassages(std::string_view selectedText) {
    std::vector<SpokenPassage> passages;
    addLines(selectedText, PassagePart::Selection, passages);
    return passages;
}

std::string joinPassages(const std::vector<SpokenPassage>& passages) {
    std::string text;
    for (const auto& passage : passages) {
        if (!text.empty()) {
            text += "\n\n";
        }
        text += passage.text;
    }
    return text;
}

} // namespace carebook
