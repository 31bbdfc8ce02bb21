// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "app/cli/cli_foods.h"
#include "app/cli/cli_log.h"
#include "app/cli/cli_plan.h"
#include "app/cli/cli_search.h"
#include "app/cli/cli_print.h"
#include "app/cli/cli_sheet.h"
#include "app/contentsource.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <iomanip>
#include <iostream>

namespace carebook::cli {

using nlohmann::json;

ContentStore& Invocation::store() {
    if (!m_store) {
        try {
            m_store = app::openContent(m_contentDb);
        } catch (const std::exception& e) {
            throw CliError(e.what());
        }
    }
    return *m_store;
}

std::string Invocation::option(const std::string& name, const std::string& fallback) const {
    const auto found = m_options.find(name);
    return found == m_options.end() ? fallback : found->second;
}

int Invocation::intOption(const std::string& name, int fallback, int minimum, int maximum) const {
    const auto found = m_options.find(name);
    if (found == m_options.end()) {
        return fallback;
    }
    int value = 0;
    const auto& text = found->second;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value < minimum || value > maximum) {
        throw CliError("--" + name + " takes a whole number from " + std::to_string(minimum) + " to " +
                       std::to_string(maximum) + ", not '" + text + "'");
    }
    return value;
}

namespace {

std::string str(std::string_view view) { return std::string(view); }

const OptionSpec kJson{"json", false, "print JSON instead of text"};

int listCommand(Invocation& call) {
    std::optional<ArticleKind> kind;
    if (const auto name = call.option("kind"); !name.empty()) {
        kind = kindFromName(name);
        if (!kind) {
            throw CliError("unknown kind '" + name + "' (symptom, remedy, cause, nutrient, question, page)");
        }
    }
    const auto articles = call.store().list(kind);
    if (call.json()) {
        json out = json::array();
        for (const auto& article : articles) {
            out.push_back(toJson(article));
        }
        call.out << out.dump(2) << "\n";
        return 0;
    }
    for (const auto& article : articles) {
        call.out << std::left << std::setw(28) << article.id << " " << std::setw(9) << kindName(article.kind) << " "
                 << article.title << "\n";
    }
    return 0;
}

void printWrapped(std::ostream& out, const std::string& text) { out << text << "\n"; }

// A list under its heading: numbered (steps) or with dashes; nothing when it is empty.
void printList(std::ostream& out, const char* heading, const std::vector<std::string>& items, bool numbered) {
    if (items.empty()) {
        return;
    }
    out << "\n" << heading << ":\n";
    int number = 1;
    for (const auto& item : items) {
        out << "  " << (numbered ? std::to_string(number++) + "." : "-") << " " << item << "\n";
    }
}

void printRemedyDetails(std::ostream& out, const RemedyFields& remedy) {
    printList(out, "How to do it", remedy.steps, true);
    printList(out, "Take care", remedy.cautions, false);
    printList(out, "Do not use it, or ask first, if", remedy.avoidIf, false);
    for (const auto& evidence : remedy.evidence) {
        out << "\nEvidence (" << evidencePhaseLabel(evidence.phase) << "): " << evidenceLabel(evidence.level);
        if (!evidence.note.empty()) {
            out << ". " << evidence.note;
        }
        out << "\n";
    }
}

int showCommand(Invocation& call) {
    const auto& id = call.positional().at(0);
    const auto article = call.store().article(id);
    if (!article) {
        throw CliError("no article with id '" + id + "' (try: carebook list)");
    }
    if (call.json()) {
        auto articleJson = toJson(*article);
        addTopFoodsJson(call, *article, articleJson);
        call.out << articleJson.dump(2) << "\n";
        return 0;
    }
    call.out << article->summary.title << "\n" << std::string(article->summary.title.size(), '=') << "\n";
    call.out << article->summary.summary << "\n\n";
    printWrapped(call.out, article->bodyText);
    if (const auto* remedy = article->content.remedy()) {
        printRemedyDetails(call.out, *remedy);
    }
    if (!article->redFlags.empty()) {
        call.out << "\nWhen to seek care:\n";
        for (const auto& flag : article->redFlags) {
            call.out << "  [" << flag.urgency << "] " << flag.text;
            if (!flag.action.empty()) {
                call.out << " " << flag.action;
            }
            call.out << "\n";
        }
    }
    printTopFoods(call, *article);
    if (!article->sources.empty()) {
        call.out << "\nSources:\n";
        int number = 1;
        for (const auto& source : article->sources) {
            call.out << "  [" << number++ << "] " << source.title << ". " << source.publisher << ", " << source.year
                     << ".\n";
        }
    }
    return 0;
}

int remediesCommand(Invocation& call) {
    const auto id = call.option("symptom");
    if (id.empty()) {
        throw CliError("remedies needs --symptom ID (try: carebook list --kind symptom)");
    }
    const auto symptom = call.store().summary(id);
    if (!symptom) {
        throw CliError("no article with id '" + id + "'");
    }
    if (symptom->kind != ArticleKind::Symptom) {
        throw CliError("'" + id + "' is a " + str(kindName(symptom->kind)) + ", not a symptom");
    }
    const auto remedies = call.store().remediesForSymptom(id);
    if (call.json()) {
        json out = json::array();
        for (const auto& remedy : remedies) {
            json item = toJson(remedy.article);
            item["phase"] = remedy.phase;
            if (!remedy.note.empty()) {
                item["note"] = remedy.note;
            }
            out.push_back(std::move(item));
        }
        call.out << out.dump(2) << "\n";
        return 0;
    }
    std::string phase;
    for (const auto& remedy : remedies) {
        if (remedy.phase != phase) {
            phase = remedy.phase;
            call.out << "\n" << phaseLabel(phase) << ":\n";
        }
        call.out << "  " << std::left << std::setw(26) << remedy.article.id << " " << remedy.article.title;
        if (!remedy.note.empty()) {
            call.out << " (" << remedy.note << ")";
        }
        call.out << "\n";
    }
    return 0;
}

std::vector<Command> buildCommands() {
    std::vector<Command> list;
    list.push_back({"list", "list [--kind K] [--json]", "list articles, optionally of one kind",
                    {{"kind", true, "symptom, remedy, cause, nutrient, question or page"}, kJson}, 0, 0, listCommand});
    list.push_back({"show", "show ID [--json]", "print one article (JSON: every field, body as text and HTML)",
                    {kJson}, 1, 1, showCommand});
    list.push_back({"remedies", "remedies --symptom ID [--json]", "remedies for a symptom, grouped by phase",
                    {{"symptom", true, "symptom id"}, kJson}, 0, 0, remediesCommand});
    addFoodCommands(list);
    addSheetCommands(list);
    addPrintCommands(list);
    addSearchCommands(list);
    addLogCommands(list);
    addPlanCommands(list);
    return list;
}

} // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> list = buildCommands();
    return list;
}

std::string usage() {
    std::string text = "Usage: carebook [--content-db PATH] [COMMAND [ARGS]]\n\n"
                       "With no command, opens the Carebook window (needs a display).\n\nCommands:\n";
    for (const auto& command : commands()) {
        std::string line = "  carebook " + command.synopsis;
        if (line.size() < 58) {
            line.resize(58, ' ');
        } else {
            line += "\n" + std::string(58, ' ');
        }
        text += line + command.help + "\n";
    }
    text += "  carebook --version\n  carebook --help\n\n"
            "Options:\n  --content-db PATH   use another compiled content database instead of the built-in one\n"
            "  --open ID           (window) open this article first\n"
            "  --theme NAME        (window) system, light, dark or high-contrast, for this run only\n"
            "  --lang CODE         (window) the window's language for this run: nl, en, or another code\n"
            "                      (ar lays it out right to left); the articles stay English\n"
            "  --                  ends the options: what follows is an argument, even if it starts with -\n\n"
            "Exit codes: 0 success; 1 nothing found (search, foods, food) or the output could not be written;\n"
            "2 a usage error, an unknown id, or an unusable content database.\n";
    return text;
}

namespace {

int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<CommandSyntax> syntax;
    for (const auto& command : commands()) {
        syntax.push_back({command.name, command.synopsis, command.options, command.minPositional, command.maxPositional});
    }
    auto parsed = parseCommandLine(args, syntax);
    if (parsed.action == ParsedCommandLine::Action::Help) {
        out << usage();
        return 0;
    }
    Invocation call(parsed.contentDb, out, err);
    if (parsed.action == ParsedCommandLine::Action::Version) {
        const auto edition = call.store().edition();
        out << "carebook " << CAREBOOK_VERSION << " (content " << edition.contentVersion << ", reviewed "
            << edition.reviewed << ")\n";
        return 0;
    }
    call.m_options = std::move(parsed.options);
    call.m_positional = std::move(parsed.positional);
    for (const auto& command : commands()) {
        if (command.name == parsed.command) {
            return command.run(call);
        }
    }
    throw CliError("unknown command '" + parsed.command + "'");
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    int code = 2;
    try {
        code = runCommand(args, out, err);
    } catch (const std::exception& e) {
        out.flush();
        err << "carebook: " << printable(e.what()) << "\n";
        return 2;
    }
    // Output that never arrived is a failure, not a success: `carebook list > /dev/full` must say so.
    if (!out.flush()) {
        // errno still holds the failed write's cause (the stream may have gone bad before the flush);
        // only a write error's own causes are named, never a stale unrelated one.
        const int cause = errno;
        const bool writeCause = cause == ENOSPC || cause == EPIPE || cause == EIO || cause == EFBIG ||
                                cause == EDQUOT || cause == EBADF;
        err << "carebook: cannot write the output: " << (writeCause ? std::strerror(cause) : "write error") << "\n";
        return 1;
    }
    return code;
}

} // namespace carebook::cli
