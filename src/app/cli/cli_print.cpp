// SPDX-License-Identifier: MIT
#include "app/cli/cli_print.h"

#include "app/settings/language.h"
#include "app/cli/cli_paper.h"
#include "app/print/articleprint.h"

#include <ostream>

namespace carebook::cli {

namespace {

int printCommand(Invocation& call) {
    const auto& id = call.positional().front();
    const auto output = call.option("output");
    if (output.empty()) {
        throw CliError("print needs --output FILE.pdf");
    }
    auto& store = call.store();
    const auto application = ensureGuiApplication();
    const Paper paper = paperOption(call);
    try {
        const auto page = composeArticlePrint(store, id, call.option("symptom"), {}, app::articlePrintLabels());
        app::writeArticlePdf(page, store.edition(), paper, QString::fromStdString(output));
        call.out << "wrote " << output << " (" << (paper == Paper::Letter ? "Letter" : "A4") << ", "
                 << page.redFlags.size() << " warning signs)\n";
    } catch (const ArticlePrintError& e) {
        throw CliError(e.what());
    } catch (const app::PrintError& e) {
        throw CliError(e.what());
    }
    return 0;
}

} // namespace

void addPrintCommands(std::vector<Command>& list) {
    list.push_back({"print",
                    "print ID [--symptom ID] [--paper a4|letter] --output FILE.pdf",
                    "an article as PDF, with the warning signs of its symptom",
                    {{"symptom", true, "the symptom whose warning signs to print with a remedy or cause"},
                     {"paper", true, "a4 or letter (default: from the locale)"},
                     {"output", true, "the PDF file to write"}},
                    1,
                    1,
                    printCommand});
}

} // namespace carebook::cli
