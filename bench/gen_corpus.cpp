// SPDX-License-Identifier: MIT
// carebook-gen-corpus: writes a synthetic content folder of N articles in the real content format,
// valid for the real compiler (sources, red flags, symptom phases, evidence, links, carebook.json),
// to measure the compiler and search at scale.
//
//   carebook-gen-corpus --articles 100000 --out DIR [--content content] [--seed 1]
//
// The words: articles are written from a Zipf distribution (s = 1.05) over a vocabulary ranked as
// English text would be: function words first, then the words of the shipped content (ranked by
// how often the content uses them, so "back", "cramp" and "magnesium" keep their relative weight)
// spread one in every 12 ranks among 60,000 made-up words, as one topic of a large library. A
// common lay word such as "back" then occurs in about one article in six, "cramp" in one in
// fifteen, and every query of the benchmark's mix has thousands of articles to rank. Titles and
// aliases come from the content words and made-up words; the synonyms are the shipped ones.
// The output is the same for the same arguments.
#include "core/content/loader.h"
#include "core/util/diagnostics.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::vector<std::string> kFunctionWords = {
    "the", "and", "to", "of", "a", "in", "is", "it", "you", "that", "for", "on", "with", "as", "can", "be",
    "your", "this", "or", "are", "if", "at", "not", "by", "from", "but", "may", "more", "when", "have", "an",
    "do", "most", "some", "they", "than", "so", "all", "will", "there", "about", "which", "one", "after",
    "what", "how", "into", "each", "their", "also", "then", "them", "only", "over", "other", "any", "these",
    "many", "much", "no", "often", "should", "time", "well", "help", "use", "day", "few", "most", "before"};

// One content word in every kSpread ranks of the vocabulary (see main).
constexpr std::size_t kSpread = 12;

// Deterministic made-up words from syllables: "velkari", "domanu" …
std::vector<std::string> madeUpWords(std::size_t count, std::mt19937_64& random) {
    static const std::vector<std::string> onsets = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s",
                                                    "t", "v", "z", "br", "tr", "st", "pl", "gr", "sh", "ch"};
    static const std::vector<std::string> vowels = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    static const std::vector<std::string> codas = {"", "", "", "n", "r", "l", "s", "x", "m", "nd", "rk"};
    std::set<std::string> seen;
    std::vector<std::string> out;
    while (out.size() < count) {
        std::string word;
        const int syllables = 2 + static_cast<int>(random() % 3);
        for (int i = 0; i < syllables; ++i) {
            word += onsets[random() % onsets.size()] + vowels[random() % vowels.size()];
        }
        word += codas[random() % codas.size()];
        if (seen.insert(word).second) {
            out.push_back(word);
        }
    }
    return out;
}

class Zipf {
public:
    Zipf(std::size_t size, double exponent) : m_cumulative(size) {
        double total = 0;
        for (std::size_t i = 0; i < size; ++i) {
            total += 1.0 / std::pow(static_cast<double>(i + 1), exponent);
            m_cumulative[i] = total;
        }
        for (auto& value : m_cumulative) {
            value /= total;
        }
    }
    std::size_t operator()(std::mt19937_64& random) const {
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        return static_cast<std::size_t>(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) -
                                        m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

struct Generator {
    std::mt19937_64 random;
    std::vector<std::string> vocabulary; // ranked
    std::size_t firstContentWord = 0;    // titles draw from here on
    Zipf text{1, 1.0};
    Zipf titles{1, 1.0};

    std::string word() { return vocabulary[text(random)]; }
    std::string titleWord() { return vocabulary[firstContentWord + titles(random)]; }

    std::string sentence(std::size_t minimum, std::size_t maximum) {
        const std::size_t length = minimum + random() % (maximum - minimum + 1);
        std::string out;
        for (std::size_t i = 0; i < length; ++i) {
            std::string next = word();
            if (i == 0) {
                next[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(next[0])));
            }
            out += (i == 0 ? "" : " ") + next;
        }
        return out + ".";
    }

    std::string phrase(std::size_t words) {
        std::string out;
        for (std::size_t i = 0; i < words; ++i) {
            out += (i == 0 ? "" : " ") + titleWord();
        }
        return out;
    }

    template <typename T>
    const T& pick(const std::vector<T>& list) {
        return list[random() % list.size()];
    }
};

std::vector<std::string> contentWordsByFrequency(const fs::path& contentDir) {
    carebook::Diagnostics diagnostics;
    const auto content = carebook::loadContent(contentDir, diagnostics);
    if (!diagnostics.empty()) {
        throw std::runtime_error("the content in " + contentDir.string() + " does not validate: " +
                                 diagnostics.items().front().toString());
    }
    std::map<std::string, std::size_t> counts;
    for (const auto& article : content.articles) {
        std::string text = article.content.title + " " + article.content.summary + " " + article.rendered.plainText;
        std::string current;
        for (const char c : text + " ") {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else {
                if (current.size() >= 3) {
                    ++counts[current];
                }
                current.clear();
            }
        }
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    const std::set<std::string> function(kFunctionWords.begin(), kFunctionWords.end());
    for (const auto& [word, count] : counts) {
        if (!function.count(word)) {
            ranked.emplace_back(count, word);
        }
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::string> out;
    for (const auto& [count, word] : ranked) {
        out.push_back(word);
    }
    return out;
}

void writeJson(const fs::path& file, const json& value) {
    std::ofstream out(file, std::ios::binary);
    out << value.dump(2) << "\n";
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

std::string slug(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out;
}

int usage(const char* message) {
    std::cerr << "carebook-gen-corpus: " << message
              << "\nusage: carebook-gen-corpus --articles N --out DIR [--content DIR] [--seed N]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t articles = 0;
    fs::path out;
    fs::path contentDir = CAREBOOK_SOURCE_CONTENT;
    std::uint64_t seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            return usage(("missing value after " + arg).c_str());
        }
        const std::string value = argv[++i];
        try {
            if (arg == "--articles") {
                articles = std::stoul(value);
            } else if (arg == "--out") {
                out = value;
            } else if (arg == "--content") {
                contentDir = value;
            } else if (arg == "--seed") {
                seed = std::stoull(value);
            } else {
                return usage(("unknown option " + arg).c_str());
            }
        } catch (const std::exception&) {
            return usage(("not a number: " + value).c_str());
        }
    }
    if (articles < 20 || out.empty()) {
        return usage("--articles (at least 20) and --out are required");
    }
    const auto started = std::chrono::steady_clock::now();
    try {
        Generator gen;
        gen.random.seed(seed);
        gen.vocabulary = kFunctionWords;
        gen.firstContentWord = gen.vocabulary.size();
        // The shipped content's words are one topic among many in a large library: they keep their
        // order but are spread out, one in every kSpread ranks, with made-up words between them.
        const auto contentWords = contentWordsByFrequency(contentDir);
        const auto madeUp = madeUpWords(60000, gen.random);
        std::size_t nextMadeUp = 0;
        for (const auto& word : contentWords) {
            gen.vocabulary.push_back(word);
            for (std::size_t k = 1; k < kSpread && nextMadeUp < madeUp.size(); ++k) {
                gen.vocabulary.push_back(madeUp[nextMadeUp++]);
            }
        }
        while (nextMadeUp < madeUp.size()) {
            gen.vocabulary.push_back(madeUp[nextMadeUp++]);
        }
        gen.text = Zipf(gen.vocabulary.size(), 1.05);
        gen.titles = Zipf(gen.vocabulary.size() - gen.firstContentWord, 0.9);

        fs::remove_all(out);
        for (const char* folder : {"symptom", "remedy", "cause", "nutrient", "question", "page"}) {
            fs::create_directories(out / folder);
        }
        writeJson(out / "carebook.json",
                  {{"schema_version", 1}, {"content_version", "synthetic." + std::to_string(articles)},
                   {"reviewed", "2026-01-01"}});
        fs::copy_file(contentDir / "synonyms.json", out / "synonyms.json", fs::copy_options::overwrite_existing);

        json sources = json::array();
        std::vector<std::string> sourceIds;
        for (int i = 0; i < 400; ++i) {
            const std::string id = "source-" + std::to_string(i);
            sourceIds.push_back(id);
            sources.push_back({{"id", id}, {"title", gen.sentence(4, 10)}, {"publisher", gen.phrase(2)},
                               {"year", 1990 + i % 35}, {"url", "https://example.org/" + id},
                               {"accessed", "2026-01-01"}});
        }
        writeJson(out / "sources.json", {{"schema_version", 1}, {"sources", sources}});
        json flags = json::array();
        std::vector<std::string> flagIds;
        const std::vector<std::string> urgencies = {"emergency", "urgent", "routine"};
        for (int i = 0; i < 60; ++i) {
            const std::string id = "red-flag-" + std::to_string(i);
            flagIds.push_back(id);
            flags.push_back({{"id", id}, {"urgency", urgencies[static_cast<std::size_t>(i) % 3]},
                             {"text", gen.sentence(8, 20)}, {"short", gen.sentence(3, 6)},
                             {"sources", json::array({{{"source", gen.pick(sourceIds)}, {"locator", gen.phrase(3)}}})}});
        }
        // Sets of five flags in a row: every set has an emergency flag (every third one is).
        json sets = json::array();
        std::vector<std::string> setIds;
        for (std::size_t i = 0; i < flagIds.size(); i += 5) {
            const std::string id = "set-" + std::to_string(i / 5);
            setIds.push_back(id);
            sets.push_back({{"id", id},
                            {"title", gen.phrase(2)},
                            {"flags", std::vector<std::string>(flagIds.begin() + static_cast<std::ptrdiff_t>(i),
                                                               flagIds.begin() + static_cast<std::ptrdiff_t>(i + 5))}});
        }
        writeJson(out / "red-flags.json", {{"schema_version", 1}, {"red_flags", flags}, {"sets", sets}});

        // Kinds in proportions like the shipped content's, ids decided first so links can point anywhere.
        struct Planned {
            std::string id;
            std::string kind;
            std::string title;
        };
        std::vector<Planned> planned;
        std::map<std::string, std::vector<std::string>> idsByKind;
        std::set<std::string> usedIds;
        for (std::size_t i = 0; i < articles; ++i) {
            const std::size_t bucket = i % 20;
            const std::string kind = bucket < 2    ? "symptom"
                                     : bucket < 10 ? "remedy"
                                     : bucket < 13 ? "cause"
                                     : bucket < 14 ? "nutrient"
                                     : bucket < 19 ? "question"
                                                   : "page";
            std::string title = gen.phrase(1 + gen.random() % 3);
            title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
            if (kind == "question") {
                title = "How does " + gen.phrase(1 + gen.random() % 2) + " help " + gen.phrase(1) + "?";
            }
            std::string id = slug(title) + "-" + std::to_string(i);
            usedIds.insert(id);
            idsByKind[kind].push_back(id);
            planned.push_back({id, kind, title});
        }
        const std::vector<std::string> categories = {"cold-heat", "stretch", "exercise", "activity", "medicine",
                                                     "topical",   "hands-on", "lifestyle", "diet",   "clinician"};
        const std::vector<std::string> levels = {"moderate", "low", "very-low", "insufficient", "no-benefit",
                                                 "expert-advice"};
        const std::vector<std::string> stances = {"recommended", "conditional", "do-not-offer", "guidelines-disagree",
                                                  "not-mentioned"};
        const auto anyId = [&]() -> const std::string& { return gen.pick(planned).id; };
        for (const auto& article : planned) {
            json data = {{"schema_version", 1}, {"id", article.id}, {"kind", article.kind}, {"title", article.title},
                         {"summary", gen.sentence(10, 24)}};
            json aliases = json::array();
            for (std::size_t a = gen.random() % 4; a > 0; --a) {
                aliases.push_back(gen.phrase(1 + gen.random() % 3));
            }
            if (!aliases.empty()) {
                data["aliases"] = aliases;
            }
            json body = json::array();
            const std::size_t sections = 2 + gen.random() % 3;
            for (std::size_t s = 0; s < sections; ++s) {
                body.push_back("## " + gen.phrase(2));
                std::string paragraph;
                const std::size_t sentences = 3 + gen.random() % 5;
                for (std::size_t k = 0; k < sentences; ++k) {
                    paragraph += (k == 0 ? "" : " ") + gen.sentence(6, 18);
                }
                if (s == 0) {
                    paragraph += " See [" + gen.phrase(2) + "](" + anyId() + ").";
                }
                body.push_back(paragraph);
                body.push_back("");
            }
            data["body"] = body;
            json cited = json::array();
            cited.push_back(gen.pick(sourceIds));
            data["sources"] = cited;
            data["reviewed"] = "2026-01-01";
            json related = json::array();
            std::set<std::string> relatedIds;
            for (std::size_t r = gen.random() % 3; r > 0; --r) {
                const auto& target = anyId();
                if (target != article.id && relatedIds.insert(target).second) {
                    related.push_back(target);
                }
            }
            if (!related.empty()) {
                data["related"] = related;
            }
            if (article.kind == "symptom") {
                data["causes"] = json::array({gen.pick(idsByKind["cause"])});
                json remedies = json::array();
                std::set<std::pair<std::string, std::string>> seen;
                for (const auto& phase : {"now", "long-term", "with-a-clinician"}) {
                    const auto& remedy = gen.pick(idsByKind["remedy"]);
                    if (seen.emplace(remedy, phase).second) {
                        remedies.push_back({{"remedy", remedy}, {"phase", phase}});
                    }
                }
                data["remedies"] = remedies;
                json setList = json::array();
                std::set<std::string> chosen;
                for (std::size_t f = 1 + gen.random() % 2; f > 0; --f) {
                    const auto& set = gen.pick(setIds);
                    if (chosen.insert(set).second) {
                        setList.push_back(set);
                    }
                }
                data["red_flag_sets"] = setList;
            } else if (article.kind == "remedy") {
                data["category"] = gen.pick(categories);
                data["steps"] = json::array({gen.sentence(6, 14), gen.sentence(6, 14)});
                data["cautions"] = json::array({gen.sentence(6, 14)});
                data["evidence"] = json::array({{{"phase", "any"}, {"level", gen.pick(levels)},
                                                 {"source", cited.front()}}});
                data["guideline_stance"] = gen.pick(stances);
                data["addresses"] = json::array({gen.pick(idsByKind["cause"])});
            } else if (article.kind == "cause") {
                data["risk_factors"] = json::array({gen.sentence(4, 10)});
                data["prevention"] = json::array({gen.sentence(4, 10)});
            } else if (article.kind == "nutrient") {
                data["unit"] = "mg";
                data["food_examples"] = json::array({gen.phrase(1), gen.phrase(2)});
            }
            writeJson(out / article.kind / (article.id + ".json"), data);
        }
    } catch (const std::exception& e) {
        std::cerr << "carebook-gen-corpus: " << e.what() << "\n";
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "wrote " << articles << " articles to " << out.string() << " in " << seconds << " s\n";
    return 0;
}
