// SPDX-License-Identifier: MIT
// Arbitrary bytes as a command line (arguments separated by NUL bytes) through the parser: it must
// never crash, must refuse only with CliError, and everything it echoes goes through printable(),
// which must give valid UTF-8 with no control character, of bounded length.
#include "app/cli/cli_parser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// printable() stops after 1000 bytes of output, finishing the character it is on (an escape is at
// most 9 bytes) and adding "… (N more bytes)"; the hardening test holds it to the same ceiling.
constexpr std::size_t kPrintableCeiling = 1200;

void check(bool condition, const char* what, std::size_t size) {
    if (!condition) {
        std::fprintf(stderr, "cli_parser_fuzzer: %s (input of %zu bytes)\n", what, size);
        std::abort();
    }
}

bool isCleanUtf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x20 || lead == 0x7f) {
            return false;
        }
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        // C1 controls and bidi overrides must have been escaped.
        if (length == 2 && lead == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            return false;
        }
        if (length == 3 && lead == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) >= 0xAA && static_cast<unsigned char>(text[i + 2]) <= 0xAE) {
            return false;
        }
        i += length;
    }
    return true;
}

const std::vector<carebook::cli::CommandSyntax>& commands() {
    using carebook::cli::OptionSpec;
    static const std::vector<carebook::cli::CommandSyntax> list = {
        {"list", "list [--kind K] [--json]", {{"kind", true, ""}, {"json", false, ""}}, 0, 0},
        {"show", "show ID [--json]", {{"json", false, ""}}, 1, 1},
        {"search", "search QUERY...", {{"kind", true, ""}, {"limit", true, ""}, {"json", false, ""}}, 1, 64},
        {"foods", "foods --nutrient N", {{"nutrient", true, ""}, {"with", true, "", true}, {"all-foods", false, ""}}, 0, 0},
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args;
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            args.push_back(current);
            current.clear();
        } else {
            current += static_cast<char>(data[i]);
        }
    }
    args.push_back(current);

    carebook::cli::wantsCommandLine(args);
    try {
        const auto parsed = carebook::cli::parseCommandLine(args, commands());
        if (parsed.action == carebook::cli::ParsedCommandLine::Action::Command) {
            check(!parsed.command.empty(), "a command with no name", size);
            for (const auto& [name, value] : parsed.options) {
                check(!name.empty(), "an option with no name", size);
                (void)value;
            }
        }
    } catch (const carebook::cli::CliError& e) {
        const auto shown = carebook::cli::printable(e.what());
        check(isCleanUtf8(shown), "an error message that is not clean UTF-8", size);
        check(shown.size() <= kPrintableCeiling, "an error message that is too long", size);
    }
    for (const auto& arg : args) {
        const auto shown = carebook::cli::printable(arg);
        check(isCleanUtf8(shown), "printable() left a control character or invalid UTF-8", size);
        check(shown.size() <= kPrintableCeiling, "printable() gave too long a text", size);
    }
    return 0;
}
