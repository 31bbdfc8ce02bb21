// SPDX-License-Identifier: MIT
// One home-care sheet, end to end: compose from the built-in content, render the HTML, lay it out on A4
// and write the PDF. Target: under 300 ms.
#include "contentsource.h"
#include "sheet.h"
#include "sheetfoods.h"
#include "sheetprint.h"

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
        const auto html = QString::fromStdString(carebook::renderSheetHtml(sheet));
        carebook::app::writeSheetPdf(html, carebook::Paper::A4, path, QStringLiteral("bench"));
    }
    QFile::remove(path);
}
BENCHMARK(renderOneSheet)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
