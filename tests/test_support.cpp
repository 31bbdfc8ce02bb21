// SPDX-License-Identifier: MIT
#include "test_support.h"

#include "core/content/loader.h"
#include "core/util/diagnostics.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

namespace carebook::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    std::random_device random;
    m_path = fs::temp_directory_path() / ("carebook-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

void copyFixtureContent(const fs::path& target) {
    fs::copy(CAREBOOK_FIXTURE_CONTENT, target, fs::copy_options::recursive);
}

std::string readText(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

void writeText(const fs::path& file, const std::string& text) {
    std::ofstream stream(file, std::ios::binary | std::ios::trunc);
    stream << text;
}

void replaceInFile(const fs::path& file, const std::string& from, const std::string& to) {
    auto text = readText(file);
    const auto position = text.find(from);
    REQUIRE(position != std::string::npos);
    text.replace(position, from.size(), to);
    writeText(file, text);
}

std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

std::filesystem::path scratchCharacterDevice(const std::filesystem::path& dir) {
    if (geteuid() != 0) {
        return "/dev/null";
    }
    const auto device = dir / "null-device";
    if (mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        throw std::runtime_error("cannot make a character device in " + dir.string());
    }
    return device;
}

ProcessResult runProcess(const std::string& commandLine) {
    TempDir dir;
    const auto outFile = dir.path() / "out";
    const auto errFile = dir.path() / "err";
    const std::string full = commandLine + " >" + shellQuote(outFile.string()) + " 2>" + shellQuote(errFile.string()) +
                             " </dev/null";
    const int status = std::system(full.c_str());
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readText(outFile);
    result.err = readText(errFile);
    return result;
}

std::string pdfText(const std::filesystem::path& pdf) {
    const auto result = runProcess("pdftotext -enc UTF-8 " + shellQuote(pdf.string()) + " -");
    REQUIRE(result.exitCode == 0);
    auto text = std::regex_replace(result.out, std::regex("\\s+"), " ");
    for (const auto& [ligature, letters] : {std::pair<const char*, const char*>{"\xEF\xAC\x80", "ff"},
                                            {"\xEF\xAC\x81", "fi"},
                                            {"\xEF\xAC\x82", "fl"},
                                            {"\xEF\xAC\x83", "ffi"},
                                            {"\xEF\xAC\x84", "ffl"}}) {
        text = std::regex_replace(text, std::regex(ligature), letters);
    }
    return text;
}

std::string pdfInfo(const std::filesystem::path& pdf) {
    const auto result = runProcess("pdfinfo " + shellQuote(pdf.string()));
    REQUIRE(result.exitCode == 0);
    return result.out;
}

std::vector<std::string> committedBeforeKill(const std::string& helper, const std::string& mode,
                                             const std::filesystem::path& path, std::size_t atLeast) {
    int output[2];
    REQUIRE(pipe(output) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        dup2(output[1], STDOUT_FILENO);
        close(output[0]);
        close(output[1]);
        execl(helper.c_str(), helper.c_str(), mode.c_str(), path.c_str(), nullptr);
        _exit(127);
    }
    close(output[1]);

    std::string received;
    const auto countLines = [&] { return static_cast<std::size_t>(std::count(received.begin(), received.end(), '\n')); };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    char buffer[4096];
    while (countLines() < atLeast && std::chrono::steady_clock::now() < deadline) {
        pollfd poller{output[0], POLLIN, 0};
        if (poll(&poller, 1, 1000) > 0) {
            const auto count = read(output[0], buffer, sizeof buffer);
            if (count <= 0) {
                break;
            }
            received.append(buffer, static_cast<std::size_t>(count));
        }
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    for (ssize_t count = 0; (count = read(output[0], buffer, sizeof buffer)) > 0;) {
        received.append(buffer, static_cast<std::size_t>(count));
    }
    close(output[0]);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(countLines() >= atLeast);

    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = received.find('\n', start)) != std::string::npos; start = end + 1) {
        lines.push_back(received.substr(start, end - start));
    }
    return lines;
}

std::vector<std::string> contentProblems(const std::filesystem::path& content) {
    carebook::Diagnostics diagnostics;
    carebook::loadContent(content, diagnostics);
    std::vector<std::string> out;
    for (const auto& item : diagnostics.sorted()) {
        out.push_back(item.toString());
    }
    return out;
}

} // namespace carebook::test
