// SPDX-License-Identifier: MIT
// One home-care sheet, end to end: compose from the built-in content (with the foods matched to the USDA
// data, the food finder loaded each time as in one `carebook sheet` run), render the HTML, lay it out on
// A4 and write the PDF. Target: under 300 ms. Also reports how full the page is on A4 and on Letter.
#include "app/contentsource.h"
#include "core/sheet/sheet.h"
#include "app/sheet/sheetfoods.h"
#include "app/sheet/sheetprint.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QGuiApplication>

#include <cstdlib>

namespace {

void renderOneSheet(benchmark::State& state) {
    auto store = carebook::app::openContent();
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    request.name = "Zoë Ångström";
    request.startDate = "2026-11-22";
    request.notes = "Ring the clinic on Thursday if it is no better.";
    const QString path = QDir::tempPath() + QStringLiteral("/carebook-sheet-bench.pdf");
    for (auto _ : state) {
        carebook::SheetComposeOptions options;
        options.foodSource = carebook::app::sheetFoodSource(*store);
        const auto sheet = carebook::composeSheet(*store, request, options);
        carebook::app::writeSheetPdf(sheet, false, carebook::Paper::A4, path, QStringLiteral("bench"));
    }
    QFile::remove(path);
    // How full the page is (the content's height over the printable height; above 1 it would not fit),
    // on each paper: A4 is the narrower, Letter the shorter.
    carebook::SheetComposeOptions options;
    options.foodSource = carebook::app::sheetFoodSource(*store);
    // At 10 pt (Regular): above 1, the sheet prints at 9 pt instead.
    const auto html = QString::fromStdString(carebook::renderSheetHtml(carebook::composeSheet(*store, request, options)));
    for (const auto paper : {carebook::Paper::A4, carebook::Paper::Letter}) {
        const carebook::app::SheetLayout layout(html, carebook::app::pageSizeFor(paper).size(QPageSize::Point));
        state.counters[paper == carebook::Paper::A4 ? "fill_a4" : "fill_letter"] = layout.fill();
    }
}
BENCHMARK(renderOneSheet)->Unit(benchmark::kMillisecond);

// The same with the food source made once, as the sheet builder keeps it: what each change in the
// builder costs once the food finder is loaded and the examples are matched.
void renderOneSheetWarm(benchmark::State& state) {
    auto store = carebook::app::openContent();
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-11-22";
    const QString path = QDir::tempPath() + QStringLiteral("/carebook-sheet-bench-warm.pdf");
    carebook::SheetComposeOptions options;
    options.foodSource = carebook::app::sheetFoodSource(*store);
    carebook::composeSheet(*store, request, options);
    for (auto _ : state) {
        const auto sheet = carebook::composeSheet(*store, request, options);
        carebook::app::writeSheetPdf(sheet, false, carebook::Paper::A4, path, QStringLiteral("bench"));
    }
    QFile::remove(path);
}
BENCHMARK(renderOneSheetWarm)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
