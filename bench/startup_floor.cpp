// SPDX-License-Identifier: MIT
// The floor of the start-up benchmark: the least a Qt Widgets program can do to show an article, one
// QTextBrowser with the article's HTML, reporting its first paint as Carebook does.
//   carebook-startup-floor ARTICLE.html
#include "app/startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QTextBrowser>

#include <iostream>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: carebook-startup-floor ARTICLE.html\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::cerr << "carebook-startup-floor: cannot read " << argv[1] << "\n";
        return 2;
    }
    QTextBrowser browser;
    browser.setHtml(QString::fromUtf8(file.readAll()));
    browser.resize(1180, 760);
    carebook::app::StartupProbe::watchFirstPaint(browser.viewport());
    browser.show();
    return app.exec();
}
