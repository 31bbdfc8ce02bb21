// SPDX-License-Identifier: MIT
#include "core/content/dose.h"

#include <algorithm>

namespace carebook {

namespace {

std::string timesADay(int times) {
    switch (times) {
    case 1:
        return "once a day";
    case 2:
        return "twice a day";
    default:
        return std::to_string(times) + " times a day";
    }
}

std::string days(const Dose& dose) {
    if (dose.forDays > 0) {
        const int last = dose.fromDay + dose.forDays - 1;
        return last == dose.fromDay ? "day " + std::to_string(last)
                                    : "days " + std::to_string(dose.fromDay) + "–" + std::to_string(last);
    }
    return dose.fromDay > 1 ? "from day " + std::to_string(dose.fromDay) : std::string();
}

} // namespace

std::string doseLine(const Dose& dose, bool heatOrCold) {
    std::vector<std::string> parts;
    if (heatOrCold) {
        if (dose.minutes > 0) {
            parts.push_back(std::to_string(std::min(dose.minutes, kMaxHeatColdMinutes)) + " min");
        }
        if (dose.everyHours > 0) {
            parts.push_back("every " + std::to_string(dose.everyHours) + " h");
        }
    } else {
        if (dose.holdSeconds > 0) {
            parts.push_back("Hold " + std::to_string(dose.holdSeconds) + " s");
        }
        if (dose.repetitions > 0) {
            parts.push_back(std::to_string(dose.repetitions) + (dose.repetitions == 1 ? " time" : " times"));
        }
        if (dose.sets > 1) {
            parts.push_back(std::to_string(dose.sets) + " sets, rest " + std::to_string(dose.restSeconds) + " s");
        }
        if (dose.eachSide) {
            parts.push_back("each side");
        }
        if (dose.timesPerDay > 0) {
            parts.push_back(timesADay(dose.timesPerDay));
        }
    }
    if (auto when = days(dose); !when.empty()) {
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

std::string doseBasis(const std::string& sourceName, const std::vector<std::string>& expertAdvice) {
    if (sourceName.empty()) {
        return "Carebook's expert advice";
    }
    std::string basis = "From " + sourceName;
    if (!expertAdvice.empty()) {
        std::string figures;
        for (const auto& key : expertAdvice) {
            figures += (figures.empty() ? "" : ", ") + figureInWords(key);
        }
        basis += "; " + figures + ": Carebook's expert advice";
    }
    return basis;
}

} // namespace carebook
