// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"
#include "app/contentsource.h"
#include "app/theme/thememanager.h"
#include "app/window/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdlib>
#include <iostream>

namespace {

// Qt aborts when it cannot reach a display; say plainly what happened instead.
bool hasDisplay() {
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

std::string optionValue(const std::vector<std::string>& args, const std::string& name) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            return args[i + 1];
        }
        if (args[i].rfind(name + "=", 0) == 0) {
            return args[i].substr(name.size() + 1);
        }
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (carebook::cli::wantsCommandLine(args)) {
        return carebook::cli::run(args, std::cout, std::cerr);
    }
    if (!hasDisplay()) {
        std::cerr << "carebook: no display found (DISPLAY is not set), so the window cannot open.\n"
                     "Run it from a desktop session, or use the command line:\n\n"
                  << carebook::cli::usage();
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Carebook"));
    QApplication::setApplicationName(QStringLiteral("Carebook"));
    QApplication::setApplicationVersion(QStringLiteral(CAREBOOK_VERSION));

    // The theme before any window: --theme for this run, else the saved choice (System by default).
    auto& themes = carebook::app::ThemeManager::instance();
    if (const auto name = optionValue(args, "--theme"); !name.empty()) {
        carebook::app::ThemeChoice choice{};
        if (!carebook::app::ThemeManager::parseChoice(QString::fromStdString(name), choice)) {
            std::cerr << "carebook: unknown theme \"" << name
                      << "\" for --theme; choose system, light, dark or high-contrast.\n";
            return 2;
        }
        themes.setOverride(choice);
    }
    themes.apply();

    std::unique_ptr<carebook::ContentStore> store;
    try {
        store = carebook::app::openContent(optionValue(args, "--content-db"));
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("Carebook"),
                              QStringLiteral("Carebook cannot open its content:\n%1").arg(QString::fromStdString(e.what())));
        std::cerr << "carebook: " << e.what() << "\n";
        return 2;
    }
    // The person's bookmarks, history and sheets; a damaged or unwritable store never stops the window.
    carebook::app::MainWindow window(std::move(store),
                                     carebook::app::UserData::open(carebook::app::UserData::defaultPath()));
    if (const auto id = optionValue(args, "--open"); !id.empty()) {
        window.openArticle(QString::fromStdString(id));
    }
    window.show();
    window.showWelcomeOnFirstRun();
    return app.exec();
}
