// SPDX-License-Identifier: MIT
#pragma once

// What a person asks the home-care sheet for (SheetRequest), saved and reopened as JSON, and the
// error that names the field of a request or a saved sheet that cannot become a sheet.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

enum class Paper { A4, Letter };
std::string_view paperKey(Paper paper); // "a4", "letter"
std::optional<Paper> paperFromKey(std::string_view key);

// A request or a saved sheet that cannot become a sheet. field() names what is wrong ("start",
// "include[2]", "symptom"), empty when the whole text is not JSON; what() is one line for a person.
class SheetError : public std::runtime_error {
public:
    SheetError(std::string field, const std::string& message);
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

// 2: large_print.
inline constexpr int kSheetRequestVersion = 2;
inline constexpr std::size_t kMaxSheetNameBytes = 120;
// Far more than a page can hold; beyond it the text is refused before any layout is attempted.
inline constexpr std::size_t kMaxSheetNotesBytes = 6000;
inline constexpr std::size_t kMaxSheetExercises = 4;

// What the person chose. Saved as JSON (user data) and given on the command line.
struct SheetRequest {
    std::string symptomId;
    std::string name;      // optional: whom the sheet is for
    std::string startDate; // YYYY-MM-DD; empty: the day the sheet is made
    // Remedies and exercises to include; nullopt: the composer's proposal for the symptom.
    std::optional<std::vector<std::string>> include;
    std::string notes; // free text, e.g. a clinician's advice; line breaks are kept
    Paper paper = Paper::A4;
    // 12 pt text and up, on at most two pages, for people with poor sight.
    bool largePrint = false;

    bool operator==(const SheetRequest&) const = default;

    // Reads a saved sheet. Throws SheetError naming the field that is missing, of the wrong type,
    // unknown or invalid (a date that does not exist, a paper size other than a4 or letter...).
    static SheetRequest fromJson(const nlohmann::json& json);
    static SheetRequest fromJsonText(std::string_view text);
};

nlohmann::json toJson(const SheetRequest& request);

} // namespace carebook
