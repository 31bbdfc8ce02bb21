// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace carebook::test {

// A temporary folder removed when the object goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Copies the fixture content into `target` so a test can break one file.
void copyFixtureContent(const std::filesystem::path& target);
// Loads the content folder and returns every problem the validator reports, sorted, as
// "file:line:col: message" lines.
std::vector<std::string> contentProblems(const std::filesystem::path& content);

std::string readText(const std::filesystem::path& file);
void writeText(const std::filesystem::path& file, const std::string& text);
// Replaces the first occurrence of `from` in a file; fails the test if it is not there.
void replaceInFile(const std::filesystem::path& file, const std::string& from, const std::string& to);

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a command line through the shell, capturing stdout and stderr separately.
ProcessResult runProcess(const std::string& commandLine);

// A character device to write "over" in tests of outputs that must refuse devices: a null device
// made inside `dir` when running as root (a broken fix must never replace the real /dev/null, which
// root could do), else /dev/null itself (which anyone else cannot replace).
std::filesystem::path scratchCharacterDevice(const std::filesystem::path& dir);

// Quotes an argument for the shell.
std::string shellQuote(const std::string& text);

// A PDF checked the way a person would: pdftotext's text with every run of white space made one space
// (so wrapped lines still match) and the ligatures the fonts draw (ff, fi, fl, ffi, ffl) spelled out;
// pdfinfo's report. Either fails the test when the tool fails.
std::string pdfText(const std::filesystem::path& pdf);
std::string pdfInfo(const std::filesystem::path& pdf);

// Runs `helper mode path` (a program that saves in a loop and prints one line after each commit),
// kills it with SIGKILL once it has reported `atLeast` lines, and returns the complete lines it
// printed: what it had committed. A line cut by the kill is not one. Fails the test when the helper
// does not die by the signal or reports too few lines within 30 s.
std::vector<std::string> committedBeforeKill(const std::string& helper, const std::string& mode,
                                             const std::filesystem::path& path, std::size_t atLeast);

} // namespace carebook::test
