// SPDX-License-Identifier: MIT
#pragma once

// The command line's parser and the safe echo of what a person typed, apart from the commands and
// with no Qt, so that the fuzz target (fuzz/cli_parser_fuzzer.cpp) exercises exactly this code.

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::cli {

// A usage or lookup error: printed as one line on stderr, exit code 2.
class CliError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;  // without "--"
    bool takesValue = false;
    std::string help;
    bool repeatable = false; // given several times, the values are joined with ","
};

// What the parser needs to know of a command.
struct CommandSyntax {
    std::string name;
    std::string synopsis;
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
};

struct ParsedCommandLine {
    enum class Action { Help, Version, Command };
    Action action = Action::Help;
    std::string contentDb;       // --content-db, anywhere before "--"
    std::string command;         // for Action::Command
    std::map<std::string, std::string> options;
    std::vector<std::string> positional;
};

// Parses the arguments (without argv[0]) against the commands. "--" ends the options; an option that
// takes a value refuses an empty one (an unset shell variable must never mean "all"). Throws CliError.
ParsedCommandLine parseCommandLine(const std::vector<std::string>& args, const std::vector<CommandSyntax>& commands);

// True when the arguments ask for the command line (a command, --help, --version, or anything to
// report as a usage error, such as an unknown option or --content-db without its PATH) rather than
// the window. Qt's own options (-platform X, -style X, -reverse, …) belong to the window.
bool wantsCommandLine(const std::vector<std::string>& args);

// A message made safe for a terminal: control characters (escape sequences) and bidirectional
// overrides shown as \xNN / \u{NNNN}, invalid UTF-8 as \xNN, and cut to about 400 bytes, so an
// argument echoed in an error can neither drive the terminal nor flood it.
std::string printable(std::string_view message);

} // namespace carebook::cli
