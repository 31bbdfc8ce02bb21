// SPDX-License-Identifier: MIT
#include "core/content/dose.h"

#include <algorithm>
#include <string_view>

namespace carebook {

namespace {

// `text` with "%1" (and "%2") replaced by the figures.
std::string put(std::string_view text, int first, int second = 0) {
    std::string out(text);
    for (const auto& [mark, value] : {std::pair{"%1", first}, std::pair{"%2", second}}) {
        if (const auto at = out.find(mark); at != std::string::npos) {
            out.replace(at, 2, std::to_string(value));
        }
    }
    return out;
}

std::string timesADay(int times, const DoseWords& words) {
    switch (times) {
    case 1:
        return words.onceADay;
    case 2:
        return words.twiceADay;
    default:
        return put(words.timesADay, times);
    }
}

std::string days(const Dose& dose, const DoseWords& words) {
    if (dose.forDays > 0) {
        const int last = dose.fromDay + dose.forDays - 1;
        return last == dose.fromDay ? put(words.day, last) : put(words.days, dose.fromDay, last);
    }
    return dose.fromDay > 1 ? put(words.fromDay, dose.fromDay) : std::string();
}

} // namespace

std::string doseLine(const Dose& dose, bool heatOrCold, const DoseWords& words) {
    std::vector<std::string> parts;
    if (heatOrCold) {
        if (dose.minutes > 0) {
            parts.push_back(put(words.minutes, std::min(dose.minutes, kMaxHeatColdMinutes)));
        }
        if (dose.everyHours > 0) {
            parts.push_back(put(words.everyHours, dose.everyHours));
        }
    } else {
        if (dose.holdSeconds > 0) {
            parts.push_back(put(words.hold, dose.holdSeconds));
        }
        if (dose.repetitions > 0) {
            parts.push_back(put(dose.repetitions == 1 ? words.once : words.times, dose.repetitions));
        }
        if (dose.sets > 1) {
            parts.push_back(put(words.sets, dose.sets, dose.restSeconds));
        }
        if (dose.eachSide) {
            parts.push_back(words.eachSide);
        }
        if (dose.timesPerDay > 0) {
            parts.push_back(timesADay(dose.timesPerDay, words));
        }
    }
    if (auto when = days(dose, words); !when.empty()) {
        parts.push_back(std::move(when));
    }
    std::string line;
    for (const auto& part : parts) {
        line += (line.empty() ? "" : " · ") + part;
    }
    return line;
}

Dose RemedyDose::over(Dose base) const {
    const auto take = [](const std::optional<int>& stated, int& into) {
        if (stated) {
            into = *stated;
        }
    };
    take(minutes, base.minutes);
    take(everyHours, base.everyHours);
    take(fromDay, base.fromDay);
    take(forDays, base.forDays);
    take(holdSeconds, base.holdSeconds);
    take(repetitions, base.repetitions);
    take(sets, base.sets);
    take(restSeconds, base.restSeconds);
    take(timesPerDay, base.timesPerDay);
    if (!sides.empty()) {
        base.eachSide = sides == "each";
    }
    return base;
}

bool RemedyDose::allExpertAdvice() const { return source == kDoseExpertAdvice; }

namespace {

std::string figureInWords(const std::string& key) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"minutes", "how long"},       {"every_hours", "how often"},      {"from_day", "the first day"},
        {"for_days", "how many days"}, {"hold_seconds", "the hold"},      {"repetitions", "how many times"},
        {"sets", "the sets"},          {"rest_seconds", "the rest"},      {"sides", "the sides"},
        {"times_per_day", "times a day"},
    };
    for (const auto& [figure, words] : kWords) {
        if (key == figure) {
            return words;
        }
    }
    return key;
}

} // namespace

std::string doseBasis(const std::string& sourceName, const std::vector<std::string>& expertAdvice,
                      const DoseWords& words) {
    if (sourceName.empty()) {
        return words.expertAdvice;
    }
    std::string basis = words.fromSource;
    if (const auto at = basis.find("%1"); at != std::string::npos) {
        basis.replace(at, 2, sourceName);
    }
    if (!expertAdvice.empty()) {
        std::string figures;
        for (const auto& key : expertAdvice) {
            figures += (figures.empty() ? "" : ", ") + figureInWords(key);
        }
        std::string partly = words.partlyExpertAdvice;
        if (const auto at = partly.find("%1"); at != std::string::npos) {
            partly.replace(at, 2, figures);
        }
        basis += "; " + partly;
    }
    return basis;
}

} // namespace carebook
