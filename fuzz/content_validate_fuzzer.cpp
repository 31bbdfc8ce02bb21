// SPDX-License-Identifier: MIT
// Arbitrary bytes through the validation of one article file: must never crash, and must report
// at least one problem for anything that is not a valid article (not JSON, not an object, …), each
// problem naming the file.
#include "core/content/loader.h"
#include "core/util/diagnostics.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char* what, std::string_view input) {
    if (!condition) {
        std::fprintf(stderr, "content_validate_fuzzer: %s (input of %zu bytes)\n", what, input.size());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    carebook::Diagnostics diagnostics;
    carebook::validateArticleText(text, "fuzz.json", diagnostics);
    for (const auto& diagnostic : diagnostics.items()) {
        check(diagnostic.path == "fuzz.json", "a problem reported against another file", text);
        check(diagnostic.line >= 0 && diagnostic.column >= 0, "a negative position", text);
        check(!diagnostic.message.empty(), "a problem without a message", text);
    }
    // Anything strict JSON rejects, or that is not an object, is not a valid article.
    const bool isJson = nlohmann::json::accept(text.begin(), text.end());
    if (!isJson) {
        check(!diagnostics.empty(), "text that is not JSON passed validation", text);
    } else if (!nlohmann::json::parse(text.begin(), text.end()).is_object()) {
        check(!diagnostics.empty(), "JSON that is not an object passed validation", text);
    }
    return 0;
}
