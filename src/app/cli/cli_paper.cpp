// SPDX-License-Identifier: MIT
#include "app/cli/cli_paper.h"

#include "app/print/pageddocument.h"

#include <QLocale>

#include <cstdio>

namespace carebook::cli {

namespace {

// Qt's own warnings (fonts, runtime folders) are not for the person running a command: the command
// reports its own errors in one line.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "carebook: %s\n", qPrintable(message));
    }
}

} // namespace

std::unique_ptr<QGuiApplication> ensureGuiApplication() {
    if (QCoreApplication::instance()) {
        return nullptr;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(quietQtMessages);
    static int argc = 1;
    static char name[] = "carebook";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

Paper paperOption(const Invocation& call) {
    if (!call.flag("paper")) {
        return app::defaultPaperFor(QLocale::system());
    }
    const auto paper = paperFromKey(call.option("paper"));
    if (!paper) {
        throw CliError("--paper takes a4 or letter, not '" + call.option("paper") + "'");
    }
    return *paper;
}

} // namespace carebook::cli
