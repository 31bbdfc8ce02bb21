// SPDX-License-Identifier: MIT
#include "app/cli/cli_sheet.h"
#include "core/util/text.h"

#include "app/cli/cli_paper.h"
#include "app/settings/language.h"
#include "core/sheet/sheet.h"
#include "app/sheet/sheetfoods.h"
#include "app/sheet/sheetprint.h"

#include <memory>
#include <ostream>

namespace carebook::cli {

namespace {

int sheetCommand(Invocation& call) {
    SheetRequest request;
    request.symptomId = call.option("symptom");
    if (request.symptomId.empty()) {
        throw CliError("sheet needs --symptom ID (try: carebook list --kind symptom)");
    }
    const auto output = call.option("output");
    if (output.empty()) {
        throw CliError("sheet needs --output FILE.pdf");
    }
    request.name = call.option("name");
    request.startDate = call.option("start");
    if (call.flag("include")) {
        request.include = splitCommaList(call.option("include"));
    }
    request.notes = call.option("notes");
    request.largePrint = call.flag("large-print");

    auto& store = call.store();
    const auto application = ensureGuiApplication();
    request.paper = paperOption(call);
    try {
        SheetComposeOptions options;
        options.foodSource = app::sheetFoodSource(store);
        options.labels = app::sheetScheduleLabels();
        const auto sheet = composeSheet(store, request, options);
        const auto fitted = app::writeSheetPdf(sheet, request.largePrint, request.paper, QString::fromStdString(output),
                                               QString::fromStdString(sheet.symptomTitle + " — home-care plan"));
        const int pages = fitted.layout->pageCount();
        call.out << "wrote " << output << " (" << pages << (pages == 1 ? " page, " : " pages, ")
                 << (request.paper == Paper::Letter ? "Letter" : "A4") << ", " << sheetBodyPoints(fitted.textSize)
                 << " pt text" << (request.largePrint ? ", large print" : "") << ")\n";
    } catch (const SheetError& e) {
        throw CliError(e.what());
    } catch (const app::SheetPrintError& e) {
        throw CliError(e.what());
    }
    return 0;
}

} // namespace

void addSheetCommands(std::vector<Command>& list) {
    list.push_back({"sheet",
                    "sheet --symptom ID [--name TEXT] [--start YYYY-MM-DD] [--include ID,...] [--notes TEXT] "
                    "[--paper a4|letter] [--large-print] --output FILE.pdf",
                    "a one-page home-care sheet as PDF (large print: 12 pt, up to two pages)",
                    {{"symptom", true, "symptom id"},
                     {"name", true, "whom the sheet is for"},
                     {"start", true, "first day of the plan (default: today)"},
                     {"include", true, "remedy ids to include, comma-separated (default: the proposed plan)"},
                     {"notes", true, "free-text notes printed on the sheet"},
                     {"paper", true, "a4 or letter (default: from the locale)"},
                     {"large-print", false, "12 pt text and up, on at most two pages"},
                     {"output", true, "the PDF file to write"}},
                    0,
                    0,
                    sheetCommand});
}

} // namespace carebook::cli
