// SPDX-License-Identifier: MIT
#include "app/plan/storedplan.h"

#include "app/settings/settings.h"

#include <tuple>

namespace carebook::app {

std::optional<ComposedPlan> loadStoredPlan(ContentStore& store, QString* problem) {
    const auto symptom = Settings::get(settings::planSymptom);
    const auto start = parsePlanStart(Settings::get(settings::planStart).toStdString());
    if (symptom.isEmpty() || !start) {
        return std::nullopt;
    }
    try {
        PlanRequest request;
        request.symptomId = symptom.toStdString();
        std::tie(request.startDate, request.startMinute) = *start;
        return composePlan(store, request);
    } catch (const PlanError& e) {
        if (problem) {
            *problem = QString::fromStdString(e.what());
        }
        return std::nullopt;
    }
}

std::chrono::year_month_day toYmd(QDate date) {
    return std::chrono::year_month_day{std::chrono::year{date.year()}, std::chrono::month{static_cast<unsigned>(date.month())},
                                       std::chrono::day{static_cast<unsigned>(date.day())}};
}

QDate toQDate(std::chrono::year_month_day date) {
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

} // namespace carebook::app
