// SPDX-License-Identifier: MIT
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>
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

} // namespace carebook::test
