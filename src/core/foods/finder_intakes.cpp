// SPDX-License-Identifier: MIT
// Reference intakes: the rows of reference_intakes.csv, and the ones that apply to a person.
#include "core/foods/finder.h"

#include "core/foods/finder_data.h"

#include <stdexcept>

namespace carebook::foods {

std::vector<AgeGroup> FoodFinder::ageGroups() const {
    // The DRI life-stage groups the reference file covers (it starts at age 14 for most nutrients).
    return {{"14–18", 14, 18}, {"19–30", 19, 30}, {"31–50", 31, 50}, {"51–70", 51, 70}, {"71+", 71, std::nullopt}};
}

std::vector<ReferenceIntake> FoodFinder::referenceIntakes(std::string_view nutrient) const {
    const Data& data = *m_data;
    const std::size_t n = data.requireNutrient(nutrient);
    std::vector<ReferenceIntake> result;
    for (const auto& record : data.references) {
        if (record.intake.nutrient == data.nutrients[n].key) {
            result.push_back(record.intake);
        }
    }
    return result;
}

std::vector<PersonalIntake> FoodFinder::personalIntakes(const Person& person) const {
    const Data& data = *m_data;
    if (person.sex == Sex::Male && person.lifeStage != LifeStage::None) {
        throw std::invalid_argument("pregnancy and lactation apply to females only");
    }
    if (person.age < 1) {
        throw std::invalid_argument("the reference intakes here start at age 1");
    }
    const std::string sex = person.sex == Sex::Male ? "male" : "female";
    const std::string stage = person.lifeStage == LifeStage::Pregnancy   ? "pregnancy"
                              : person.lifeStage == LifeStage::Lactation ? "lactation"
                                                                         : "none";
    // ignoreStage: match as if the person were not pregnant or lactating (the fallback).
    const auto applies = [&](const ReferenceRecord& record, bool ignoreStage) {
        if (person.age < record.ageMin || (record.ageMax && person.age > *record.ageMax)) {
            return false;
        }
        if (record.sex != "any" && record.sex != sex) {
            return false;
        }
        const std::string& wanted = ignoreStage ? std::string("none") : stage;
        if (record.lifeStage == "any") {
            return true;
        }
        if (record.lifeStage == "pregnancy-lactation") {
            return wanted == "pregnancy" || wanted == "lactation";
        }
        return record.lifeStage == wanted;
    };
    // The most specific row: a stage-specific row before a general one, then the narrowest age range.
    const auto specificity = [](const ReferenceRecord& record) {
        const int stageScore = (record.lifeStage == "any" || record.lifeStage == "none") ? 0 : 2;
        const int sexScore = record.sex == "any" ? 0 : 1;
        const int span = record.ageMax ? *record.ageMax - record.ageMin : 200;
        return std::make_pair(stageScore + sexScore, -span);
    };
    std::vector<PersonalIntake> result;
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        const NutrientInfo& nutrient = data.nutrients[n];
        PersonalIntake intake;
        intake.nutrient = nutrient.key;
        intake.name = nutrient.name;
        intake.unit = nutrient.unit;
        intake.dailyValue = nutrient.dailyValue;
        bool any = false;
        const auto best = [&](std::string_view kind, bool& usedFallback) -> std::optional<ReferenceIntake> {
            for (const bool ignoreStage : {false, true}) {
                if (ignoreStage && stage == "none") {
                    break;
                }
                const ReferenceRecord* chosen = nullptr;
                for (const auto& record : data.references) {
                    if (record.intake.nutrient != nutrient.key || record.intake.kind != kind || !applies(record, ignoreStage)) {
                        continue;
                    }
                    if (!chosen || specificity(record) > specificity(*chosen)) {
                        chosen = &record;
                    }
                }
                if (chosen) {
                    usedFallback = usedFallback || ignoreStage;
                    return chosen->intake;
                }
            }
            return std::nullopt;
        };
        for (const auto& record : data.references) {
            any = any || (record.intake.nutrient == nutrient.key && record.intake.kind != "DV");
        }
        if (!any) {
            continue;
        }
        bool fallback = false;
        intake.recommended = best("RDA", fallback);
        if (!intake.recommended) {
            intake.recommended = best("AI", fallback);
        }
        bool ignored = false; // a general UL or CDRR is the same for pregnancy; it is not a "fallback" worth flagging
        intake.upperLimit = best("UL", ignored);
        intake.riskReduction = best("CDRR", ignored);
        intake.generalValueShown = fallback;
        result.push_back(std::move(intake));
    }
    return result;
}

} // namespace carebook::foods
