// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli_parser.h"
#include "core/content/store.h"

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::cli {

// What a command receives: its options, positional arguments, the content and the streams.
class Invocation {
public:
    Invocation(std::string contentDb, std::ostream& out, std::ostream& err)
        : out(out), err(err), m_contentDb(std::move(contentDb)) {}

    ContentStore& store(); // opened on first use (embedded, or --content-db)
    bool flag(const std::string& name) const { return m_options.count(name) > 0; }
    std::string option(const std::string& name, const std::string& fallback = {}) const;
    // Parses a whole-number option, rejecting junk and values outside [minimum, maximum].
    int intOption(const std::string& name, int fallback, int minimum, int maximum) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    bool json() const { return flag("json"); }

    std::map<std::string, std::string> m_options;
    std::vector<std::string> m_positional;
    std::ostream& out;
    std::ostream& err;

private:
    std::string m_contentDb;
    std::unique_ptr<ContentStore> m_store;
};

struct Command {
    std::string name;
    std::string synopsis; // e.g. "show ID [--json]"
    std::string help;     // one line
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
    std::function<int(Invocation&)> run;
};

// All commands, in the order --help lists them.
const std::vector<Command>& commands();

// Runs the command line. Returns the exit code: 0 success; 1 a search found nothing (search, foods,
// food), or the output could not be written (a full disk, a closed pipe); 2 a usage error, an unknown
// id, or an unusable content database.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

std::string usage();


} // namespace carebook::cli
