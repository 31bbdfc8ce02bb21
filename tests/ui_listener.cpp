// SPDX-License-Identifier: MIT
// Creates the QApplication when the test run starts, not in main(): listing tests (which CTest
// does at build time) must work without a display, or the binary silently registers no tests.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "app/settings/language.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace {

class QtListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        TestEventListenerBase::testRunStarting(info);
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        // CTest runs each test case as its own process, two at a time. Test mode's settings and data
        // live under $HOME/.qttest, which they would share: one test's settings reset under another's
        // window (Today's plan vanished mid-test). Each process gets a home of its own.
        std::string home = (std::filesystem::temp_directory_path() / "carebook-ui-test-XXXXXX").string();
        if (mkdtemp(home.data()) != nullptr) {
            m_home = home;
            setenv("HOME", home.c_str(), 1);
        }
        QStandardPaths::setTestModeEnabled(true);
        static int argc = 1;
        static char name[] = "ui_tests";
        static char* argv[] = {name, nullptr};
        m_app = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("CarebookTest"));
        QApplication::setApplicationName(QStringLiteral("CarebookTest"));
        // As the app does at start-up, but in English (the C locale) whatever the machine's language:
        // the English plural forms ("1 second", "5 seconds") come from carebook_en's translation.
        m_translations = std::make_unique<carebook::app::UiTranslations>(QLocale::c());
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        m_translations.reset();
        m_app.reset();
        if (!m_home.empty()) {
            std::error_code ignored; // a leftover temporary folder is not worth failing the run over
            std::filesystem::remove_all(m_home, ignored);
        }
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QApplication> m_app;
    std::unique_ptr<carebook::app::UiTranslations> m_translations;
    std::filesystem::path m_home;
};

} // namespace

CATCH_REGISTER_LISTENER(QtListener)
