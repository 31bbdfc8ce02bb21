// SPDX-License-Identifier: MIT
// carebook-contentc: validates content/ and compiles it into the app's read-only database.
#include "core/build/compiler.h"
#include "core/content/loader.h"
#include "core/content/report.h"
#include "core/util/database.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

constexpr const char* kUsage = R"(Usage:
  carebook-contentc build --content DIR --out FILE.db [--timings]
                                                        validate, then write the content database;
                                                        --timings: seconds per phase on stderr
  carebook-contentc validate --content DIR              report every problem as path:line:col: message
  carebook-contentc report --content DIR                counts by kind, missing optional fields, red
                                                        flags per symptom and their sources, review
                                                        dates, reading level; exit 1 when a reading-
                                                        level target is missed
  carebook-contentc --help

Exit codes: 0 success, 1 content problems (or, for report, a missed reading-level target),
2 wrong usage or an I/O error.
)";

int usageError(const std::string& message) {
    std::cerr << "carebook-contentc: " << message << "\n" << kUsage;
    return 2;
}

int printDiagnostics(const carebook::Diagnostics& diagnostics) {
    for (const auto& item : diagnostics.sorted()) {
        std::cerr << item.toString() << "\n";
    }
    std::cerr << diagnostics.size() << (diagnostics.size() == 1 ? " problem" : " problems") << " found\n";
    return 1;
}

void printTimings(const carebook::CompileTimings& timings) {
    char line[200];
    std::snprintf(line, sizeof line,
                  "carebook-contentc: load %.2f s, write %.2f s, index %.2f s, vacuum %.2f s, total %.2f s\n",
                  timings.load, timings.write, timings.index, timings.vacuum, timings.total);
    std::cerr << line;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::cout << kUsage;
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    carebook::disableSqliteMemoryStatistics(); // before any database is opened
    std::string contentDir;
    std::string outFile;
    bool timings = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--content" && i + 1 < argc) {
            contentDir = argv[++i];
        } else if (arg == "--out" && i + 1 < argc) {
            outFile = argv[++i];
        } else if (arg == "--timings" && command == "build") {
            timings = true;
        } else {
            return usageError("unknown or incomplete option '" + arg + "'");
        }
    }
    if (contentDir.empty()) {
        return usageError("--content DIR is required");
    }

    try {
        carebook::Diagnostics diagnostics;
        if (command == "build") {
            if (outFile.empty()) {
                return usageError("build needs --out FILE.db");
            }
            carebook::CompileStats stats;
            if (!carebook::compileContent(contentDir, outFile, diagnostics, &stats)) {
                return printDiagnostics(diagnostics);
            }
            std::cout << "carebook-contentc: " << stats.articles << " articles, " << stats.sources << " sources, "
                      << stats.redFlags << " red flags, " << stats.links << " links -> " << outFile << "\n";
            if (timings) {
                printTimings(stats.timings);
            }
            return 0;
        }
        if (command == "validate" || command == "report") {
            const auto content = carebook::loadContent(contentDir, diagnostics);
            if (!diagnostics.empty()) {
                return printDiagnostics(diagnostics);
            }
            if (command == "report") {
                const auto report = carebook::contentReport(content);
                std::cout << report.text;
                if (!report.missedTargets.empty()) {
                    std::cerr << "carebook-contentc: " << report.missedTargets.size()
                              << " reading-level target(s) missed (see TARGET MISSED above)\n";
                    return 1;
                }
            } else {
                std::cout << "carebook-contentc: " << content.articles.size() << " articles in " << contentDir
                          << ": no problems\n";
            }
            return 0;
        }
        return usageError("unknown command '" + command + "'");
    } catch (const std::exception& e) {
        std::cerr << "carebook-contentc: " << e.what() << "\n";
        return 2;
    }
}
