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

namespace {

// Which reference rows apply to one person, and the most specific of them.
class IntakeMatcher {
public:
    IntakeMatcher(const std::vector<ReferenceRecord>& references, const Person& person)
        : m_references(references), m_age(person.age), m_sex(person.sex == Sex::Male ? "male" : "female"),
          m_stage(person.lifeStage == LifeStage::Pregnancy   ? "pregnancy"
                  : person.lifeStage == LifeStage::Lactation ? "lactation"
                                                             : "none") {}

    bool hasReference(const std::string& nutrient) const {
        for (const auto& record : m_references) {
            if (record.intake.nutrient == nutrient && record.intake.kind != "DV") {
                return true;
            }
        }
        return false;
    }

    // The most specific row of this kind; `usedFallback` is set when only a row for people who are not
    // pregnant or lactating matched.
    std::optional<ReferenceIntake> best(const std::string& nutrient, std::string_view kind, bool& usedFallback) const {
        for (const bool ignoreStage : {false, true}) {
            if (ignoreStage && m_stage == "none") {
                break;
            }
            const ReferenceRecord* chosen = nullptr;
            for (const auto& record : m_references) {
                if (record.intake.nutrient != nutrient || record.intake.kind != kind || !applies(record, ignoreStage)) {
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
    }

private:
    // ignoreStage: match as if the person were not pregnant or lactating (the fallback).
    bool applies(const ReferenceRecord& record, bool ignoreStage) const {
        if (m_age < record.ageMin || (record.ageMax && m_age > *record.ageMax)) {
            return false;
        }
        if (record.sex != "any" && record.sex != m_sex) {
            return false;
        }
        const std::string& wanted = ignoreStage ? kNoStage : m_stage;
        if (record.lifeStage == "any") {
            return true;
        }
        if (record.lifeStage == "pregnancy-lactation") {
            return wanted == "pregnancy" || wanted == "lactation";
        }
        return record.lifeStage == wanted;
    }

    // The most specific row: a stage-specific row before a general one, then the narrowest age range.
    static std::pair<int, int> specificity(const ReferenceRecord& record) {
        const int stageScore = (record.lifeStage == "any" || record.lifeStage == "none") ? 0 : 2;
        const int sexScore = record.sex == "any" ? 0 : 1;
        const int span = record.ageMax ? *record.ageMax - record.ageMin : 200;
        return {stageScore + sexScore, -span};
    }

    inline static const std::string kNoStage = "none";
    const std::vector<ReferenceRecord>& m_references;
    int m_age;
    std::string m_sex;
    std::string m_stage;
};

} // namespace

std::vector<PersonalIntake> FoodFinder::personalIntakes(const Person& person) const {
    const Data& data = *m_data;
    if (person.sex == Sex::Male && person.lifeStage != LifeStage::None) {
        throw std::invalid_argument("pregnancy and lactation apply to females only");
    }
    if (person.age < 1) {
        throw std::invalid_argument("the reference intakes here start at age 1");
    }
    const IntakeMatcher matcher(data.references, person);
    std::vector<PersonalIntake> result;
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        const NutrientInfo& nutrient = data.nutrients[n];
        if (!matcher.hasReference(nutrient.key)) {
            continue;
        }
        PersonalIntake intake;
        intake.nutrient = nutrient.key;
        intake.name = nutrient.name;
        intake.unit = nutrient.unit;
        intake.dailyValue = nutrient.dailyValue;
        bool fallback = false;
        intake.recommended = matcher.best(nutrient.key, "RDA", fallback);
        if (!intake.recommended) {
            intake.recommended = matcher.best(nutrient.key, "AI", fallback);
        }
        bool ignored = false; // a general UL or CDRR is the same for pregnancy; it is not a "fallback" worth flagging
        intake.upperLimit = matcher.best(nutrient.key, "UL", ignored);
        intake.riskReduction = matcher.best(nutrient.key, "CDRR", ignored);
        intake.generalValueShown = fallback;
        result.push_back(std::move(intake));
    }
    return result;
}

} // namespace carebook::foods
