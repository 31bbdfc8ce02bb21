// SPDX-License-Identifier: MIT
// Creates the QApplication when the test run starts, not in main(): listing tests (which CTest
// does at build time) must work without a display, or the binary silently registers no tests.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <cstdlib>
#include <memory>

namespace {

class QtListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        TestEventListenerBase::testRunStarting(info);
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        QStandardPaths::setTestModeEnabled(true);
        static int argc = 1;
        static char name[] = "ui_tests";
        static char* argv[] = {name, nullptr};
        m_app = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("CarebookTest"));
        QApplication::setApplicationName(QStringLiteral("CarebookTest"));
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        m_app.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QApplication> m_app;
};

} // namespace

CATCH_REGISTER_LISTENER(QtListener)
