// SPDX-License-Identifier: MIT
// Start-up: exec to the main window shown with the back-spasm article painted, against a bare
// QTextBrowser showing the same article (the floor), in the same run, under the X display given
// (Xvfb: see README, "Start-up benchmark"). Each program is run once to warm the caches, then 10
// times, alternating; prints the median of each, their ratio and each one's peak resident memory.
//   carebook-startup-bench [--runs N] [CAREBOOK FLOOR]
// Both programs write "painted" on their first paint of the article when CAREBOOK_STARTUP_PROBE is set
// (src/app/startupprobe.h), then quit.
#include "core/content/article_html.h"
#include "core/content/store.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Run {
    double milliseconds;
    double peakMiB;
};

// Runs `argv` with CAREBOOK_STARTUP_PROBE set, times exec to its "painted" line, and waits for it.
Run timeRun(const std::vector<std::string>& argv) {
    int out[2];
    if (pipe(out) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error("fork failed");
    }
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char*> args;
        for (const auto& arg : argv) {
            args.push_back(const_cast<char*>(arg.c_str()));
        }
        args.push_back(nullptr);
        setenv("CAREBOOK_STARTUP_PROBE", "1", 1);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    std::string seen;
    char buffer[256];
    double milliseconds = -1;
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;) {
        seen.append(buffer, static_cast<std::size_t>(n));
        if (milliseconds < 0 && seen.find("painted\n") != std::string::npos) {
            milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    if (milliseconds < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw std::runtime_error(argv[0] + " did not report its first paint (exit status " +
                                 std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")");
    }
    return {milliseconds, usage.ru_maxrss / 1024.0};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) try {
    std::vector<std::string> args(argv + 1, argv + argc);
    int runs = 10;
    if (args.size() >= 2 && args[0] == "--runs") {
        runs = std::max(1, std::atoi(args[1].c_str()));
        args.erase(args.begin(), args.begin() + 2);
    }
    const fs::path self = fs::canonical("/proc/self/exe").parent_path();
    const std::string app = args.size() > 0 ? args[0] : (self / "carebook").string();
    const std::string floor = args.size() > 1 ? args[1] : (self / "carebook-startup-floor").string();
    if (!std::getenv("DISPLAY")) {
        std::cerr << "carebook-startup-bench: no DISPLAY; run it under xvfb-run (see README)\n";
        return 2;
    }

    // A fresh home: no saved window, history or bookmarks from the person's own use.
    char home[] = "/tmp/carebook-startup-XXXXXX";
    if (!mkdtemp(home)) {
        throw std::runtime_error("cannot make a temporary folder");
    }
    const fs::path dir(home);
    setenv("HOME", home, 1);
    setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
    setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    fs::create_directories(dir / "runtime");
    fs::permissions(dir / "runtime", fs::perms::owner_all);
    setenv("XDG_RUNTIME_DIR", (dir / "runtime").c_str(), 1);

    // The floor shows the article Carebook shows, from the same content database.
    const auto store = carebook::ContentStore::openFile(CAREBOOK_CONTENT_DB);
    const auto article = store.article("back-spasm");
    if (!article) {
        throw std::runtime_error("no back-spasm article in " + std::string(CAREBOOK_CONTENT_DB));
    }
    const fs::path html = dir / "back-spasm.html";
    std::ofstream(html) << carebook::renderArticleHtml(*article);

    const std::vector<std::string> appArgs = {app, "--open", "back-spasm"};
    const std::vector<std::string> floorArgs = {floor, html.string()};
    // Once each first: the caches warm, and Carebook's first-run welcome is shown (and never again).
    timeRun(appArgs);
    timeRun(floorArgs);
    std::vector<double> appTimes, floorTimes, appMemory, floorMemory;
    for (int i = 0; i < runs; ++i) {
        const Run a = timeRun(appArgs);
        const Run f = timeRun(floorArgs);
        appTimes.push_back(a.milliseconds);
        appMemory.push_back(a.peakMiB);
        floorTimes.push_back(f.milliseconds);
        floorMemory.push_back(f.peakMiB);
    }
    fs::remove_all(dir);
    const double appMedian = median(appTimes);
    const double floorMedian = median(floorTimes);
    std::printf("exec to back-spasm painted, median of %d runs:\n", runs);
    std::printf("  carebook:     %6.1f ms, peak RSS %5.1f MiB\n", appMedian, median(appMemory));
    std::printf("  floor:        %6.1f ms, peak RSS %5.1f MiB (one QTextBrowser with the same article)\n",
                floorMedian, median(floorMemory));
    std::printf("  ratio:        %6.2fx the floor (target 1.5x or better)\n", appMedian / floorMedian);
    return 0;
} catch (const std::exception& e) {
    std::cerr << "carebook-startup-bench: " << e.what() << "\n";
    return 1;
}
