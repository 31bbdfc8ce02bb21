// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"
#include "app/contentsource.h"
#include "app/settings/language.h"
#include "app/startupprobe.h"
#include "app/theme/thememanager.h"
#include "app/window/articleview.h"
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

// What went wrong, in words: a database failure by its cause (SQLite's own text names SQL), our own
// errors by their message, which is written for the person.
QString describe(const std::exception& error) {
    if (const auto* database = dynamic_cast<const carebook::DatabaseError*>(&error)) {
        return QString::fromStdString(carebook::plainReason(*database));
    }
    return QString::fromStdString(carebook::cli::printable(error.what()));
}

// A dialog whose text is shown as written: messages quote file names and what the person typed.
void showPlainMessage(QMessageBox::Icon icon, QWidget* parent, const QString& text) {
    QMessageBox box(icon, QStringLiteral("Carebook"), text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// The window's boundary: an exception thrown by any event handler or slot ends here, is told to the
// person in a dialog, and the window keeps running, instead of Qt calling std::terminate.
class GuardedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override {
        try {
            return QApplication::notify(receiver, event);
        } catch (const std::exception& e) {
            report(describe(e));
        } catch (...) {
            report(QApplication::tr("an unexpected error"));
        }
        return false;
    }

private:
    void report(const QString& reason) {
        std::cerr << "carebook: " << reason.toStdString() << "\n";
        if (m_reporting) {
            return; // the dialog's own events failed: stderr is all that is left
        }
        m_reporting = true;
        showPlainMessage(QMessageBox::Warning, activeWindow(),
                         QApplication::tr("Carebook could not finish what it was doing: %1.\nNothing you saved was lost.").arg(reason));
        m_reporting = false;
    }
    bool m_reporting = false;
};

int runWindow(int argc, char** argv, const std::vector<std::string>& args) {
    GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Carebook"));
    QApplication::setApplicationName(QStringLiteral("Carebook"));
    QApplication::setApplicationVersion(QStringLiteral(CAREBOOK_VERSION));
    // The installed menu entry's name (resources/desktop): lets Wayland and the task bar match the
    // window to its entry and icon.
    QApplication::setDesktopFileName(QStringLiteral("org.carebook.Carebook"));

    // The language before any text is made: --lang for this run, else the saved choice, else the
    // desktop's. Only the window is translated; the articles stay English.
    std::optional<QLocale> commandLineLanguage;
    if (const auto code = optionValue(args, "--lang"); !code.empty()) {
        commandLineLanguage = carebook::app::localeFromCode(QString::fromStdString(code));
        if (!commandLineLanguage) {
            std::cerr << "carebook: unknown language '" << carebook::cli::printable(code)
                      << "' for --lang; give a language code such as nl, en or ar.\n";
            return 2;
        }
    }
    const carebook::app::UiTranslations translations(
        carebook::app::chooseUiLocale(commandLineLanguage, carebook::app::Settings::get(carebook::app::settings::language)),
        commandLineLanguage.has_value());

    // The theme before any window: --theme for this run, else the saved choice (System by default).
    auto& themes = carebook::app::ThemeManager::instance();
    if (const auto name = optionValue(args, "--theme"); !name.empty()) {
        carebook::app::ThemeChoice choice{};
        if (!carebook::app::ThemeManager::parseChoice(QString::fromStdString(name), choice)) {
            std::cerr << "carebook: unknown theme '" << carebook::cli::printable(name)
                      << "' for --theme; choose system, light, dark or high-contrast.\n";
            return 2;
        }
        themes.setOverride(choice);
    }
    themes.apply();

    // Everything that can fail is opened and checked before the window exists: nothing is half-shown.
    std::unique_ptr<carebook::ContentStore> store;
    std::unique_ptr<carebook::app::MainWindow> window;
    try {
        store = carebook::app::openContent(optionValue(args, "--content-db"));
        window = std::make_unique<carebook::app::MainWindow>(
            std::move(store), carebook::app::UserData::open(carebook::app::UserData::defaultPath()));
        // The window opens on the first symptom: open another only if asked for (laying an article
        // out again is one of the costliest parts of start-up).
        if (const auto id = QString::fromStdString(optionValue(args, "--open"));
            !id.isEmpty() && id != window->currentArticleId()) {
            window->openArticle(id);
        }
    } catch (const std::exception& e) {
        window.reset();
        const QString reason = describe(e);
        std::cerr << "carebook: " << reason.toStdString() << "\n"; // first: the dialog waits for a click
        showPlainMessage(QMessageBox::Critical, nullptr, QApplication::tr("Carebook cannot open its content:\n%1").arg(reason));
        return 2;
    }
    carebook::app::StartupProbe::watchFirstPaint(window->articleView()->viewport());
    window->show();
    window->showWelcomeOnFirstRun();
    return app.exec();
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
    try {
        return runWindow(argc, argv, args);
    } catch (const std::exception& e) {
        std::cerr << "carebook: " << carebook::cli::printable(e.what()) << "\n";
        return 2;
    }
}
