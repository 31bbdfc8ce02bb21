// SPDX-License-Identifier: MIT
#include "app/cli/cli_parser.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

namespace carebook::cli {

namespace {

// Qt's own command-line options (QGuiApplication, QApplication), which belong to the window; the
// first group takes a value.
bool isQtOption(const std::string& arg, bool& takesValue) {
    static const std::set<std::string> withValue = {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry", "-qwindowicon",
        "-qwindowtitle", "-style", "-stylesheet", "-session", "-display", "-geometry", "-title", "-name"};
    static const std::set<std::string> alone = {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};
    const std::string name = arg.substr(0, arg.find('='));
    takesValue = withValue.count(name) > 0 && arg.find('=') == std::string::npos;
    return withValue.count(name) > 0 || alone.count(name) > 0 || arg.rfind("-qmljsdebugger=", 0) == 0;
}

// Appends `code` as UTF-8.
void appendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes one UTF-8 sequence at `at`; returns its length, or 0 when it is not valid UTF-8.
std::size_t decodeUtf8(std::string_view text, std::size_t at, char32_t& code) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) {
        return 0;
    }
    code = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (next & 0x3F);
    }
    const char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

bool isUnsafeCharacter(char32_t code) {
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) || code == 0x061C || code == 0x200E ||
           code == 0x200F || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

} // namespace

std::string printable(std::string_view message) {
    // Long enough for the longest message of our own (the list of food groups), short enough that a
    // megabyte argument is not echoed back in full.
    constexpr std::size_t kLimit = 1000;
    std::string out;
    std::size_t at = 0;
    while (at < message.size() && out.size() < kLimit) {
        char32_t code = 0;
        const auto length = decodeUtf8(message, at, code);
        char escaped[16];
        if (length == 0) {
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(message[at]));
            out += escaped;
            ++at;
            continue;
        }
        if (isUnsafeCharacter(code)) {
            std::snprintf(escaped, sizeof escaped, code < 0x100 ? "\\x%02X" : "\\u{%04X}", static_cast<unsigned>(code));
            out += escaped;
        } else {
            appendUtf8(out, code);
        }
        at += length;
    }
    if (at < message.size()) {
        out += "… (" + std::to_string(message.size() - at) + " more bytes)";
    }
    return out;
}

bool wantsCommandLine(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg == "--content-db" || arg == "--open" || arg == "--theme" || arg == "--lang") {
            if (i + 1 >= args.size()) {
                return true; // the command line reports the missing value
            }
            ++i;
            continue;
        }
        if (arg.rfind("--content-db=", 0) == 0 || arg.rfind("--open=", 0) == 0 || arg.rfind("--theme=", 0) == 0 ||
            arg.rfind("--lang=", 0) == 0) {
            continue;
        }
        bool takesValue = false;
        if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && isQtOption(arg, takesValue)) {
            // A Qt option such as -platform or -style: belongs to the window.
            if (takesValue) {
                ++i;
            }
            continue;
        }
        return true; // a command, --help, --version, or an option to report as unknown
    }
    return false;
}

namespace {

// Splits off the global --content-db; stops at "--", after which everything is the command's.
std::vector<std::string> withoutGlobalOptions(const std::vector<std::string>& args, std::string& contentDb) {
    std::vector<std::string> rest;
    bool emptyPath = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--") {
            rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
            break;
        }
        if (args[i] == "--content-db") {
            if (i + 1 >= args.size()) {
                throw CliError("--content-db needs a PATH (usage: carebook --content-db PATH COMMAND)");
            }
            contentDb = args[++i];
            emptyPath = contentDb.empty();
        } else if (args[i].rfind("--content-db=", 0) == 0) {
            contentDb = args[i].substr(13);
            emptyPath = contentDb.empty();
        } else if (args[i] == "--open" || args[i].rfind("--open=", 0) == 0) {
            throw CliError("--open is for the window; it cannot be used with a command");
        } else if (args[i] == "--theme" || args[i].rfind("--theme=", 0) == 0) {
            throw CliError("--theme is for the window; it cannot be used with a command");
        } else if (args[i] == "--lang" || args[i].rfind("--lang=", 0) == 0) {
            throw CliError("--lang is for the window; it cannot be used with a command");
        } else {
            rest.push_back(args[i]);
        }
    }
    if (emptyPath) {
        throw CliError("--content-db needs a PATH, not an empty one");
    }
    return rest;
}

const CommandSyntax& findCommand(const std::vector<CommandSyntax>& commands, const std::string& name) {
    for (const auto& candidate : commands) {
        if (candidate.name == name) {
            return candidate;
        }
    }
    throw CliError(name.rfind("-", 0) == 0 ? "unknown option '" + name + "' (see carebook --help)"
                                           : "unknown command '" + name + "' (see carebook --help)");
}

void parseCommandArguments(const CommandSyntax& command, const std::vector<std::string>& rest,
                           ParsedCommandLine& parsed) {
    bool optionsEnded = false;
    for (std::size_t i = 1; i < rest.size(); ++i) {
        const auto& arg = rest[i];
        if (!optionsEnded && arg == "--") {
            optionsEnded = true; // everything after is an argument, even when it starts with "-"
            continue;
        }
        if (optionsEnded || arg.rfind("--", 0) != 0) {
            parsed.positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name.resize(equals);
        }
        const auto spec = std::find_if(command.options.begin(), command.options.end(),
                                       [&](const OptionSpec& option) { return option.name == name; });
        if (spec == command.options.end()) {
            throw CliError("unknown option '--" + name + "' for '" + command.name + "' (usage: carebook " +
                           command.synopsis + ")");
        }
        if (spec->takesValue && !value) {
            if (i + 1 >= rest.size()) {
                throw CliError("--" + name + " needs a value");
            }
            value = rest[++i];
        } else if (!spec->takesValue && value) {
            throw CliError("--" + name + " takes no value");
        }
        if (spec->takesValue && value->empty()) {
            // An empty value is almost always a shell variable that was not set: never read it as "all".
            throw CliError("--" + name + " needs a value, not an empty one");
        }
        if (spec->repeatable && parsed.options.count(name) > 0) {
            parsed.options[name] += "," + value.value_or("");
        } else {
            parsed.options[name] = value.value_or("");
        }
    }
    if (parsed.positional.size() < command.minPositional || parsed.positional.size() > command.maxPositional) {
        throw CliError("wrong number of arguments (usage: carebook " + command.synopsis + ")");
    }
}

} // namespace

ParsedCommandLine parseCommandLine(const std::vector<std::string>& args, const std::vector<CommandSyntax>& commands) {
    ParsedCommandLine parsed;
    const auto rest = withoutGlobalOptions(args, parsed.contentDb);
    if (rest.empty() || rest[0] == "--help" || rest[0] == "-h" || rest[0] == "help") {
        parsed.action = ParsedCommandLine::Action::Help;
        return parsed;
    }
    if (rest[0] == "--version") {
        if (rest.size() > 1) {
            throw CliError("--version takes no arguments");
        }
        parsed.action = ParsedCommandLine::Action::Version;
        return parsed;
    }
    const auto& command = findCommand(commands, rest[0]);
    parsed.action = ParsedCommandLine::Action::Command;
    parsed.command = command.name;
    parseCommandArguments(command, rest, parsed);
    return parsed;
}

} // namespace carebook::cli
