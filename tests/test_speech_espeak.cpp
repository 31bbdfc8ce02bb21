// SPDX-License-Identifier: MIT
// Issue 15's "read aloud speaks the back-spasm red flags", recorded: the passages core/speech makes for
// back spasm, written through espeak-ng (the voice speech-dispatcher uses on Debian) to WAV files, which
// must be valid PCM, not silent, and grow with the text. Skipped, saying so, where espeak-ng is missing.
#include "core/speech/read_aloud.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace carebook;

namespace {

struct Wav {
    std::uint16_t format = 0;
    std::uint16_t channels = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t bitsPerSample = 0;
    std::vector<std::int16_t> samples;

    double seconds() const {
        return sampleRate == 0 || channels == 0 ? 0.0
                                                : static_cast<double>(samples.size()) / (sampleRate * channels);
    }
};

std::uint32_t little(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i) {
        value = (value << 8) | static_cast<unsigned char>(bytes.at(at + static_cast<std::size_t>(i)));
    }
    return value;
}

// Reads a RIFF/WAVE file of 16-bit PCM, chunk by chunk; fails the test on anything else.
Wav readWav(const std::filesystem::path& file) {
    const std::string bytes = test::readText(file);
    REQUIRE(bytes.size() > 44);
    REQUIRE(bytes.compare(0, 4, "RIFF") == 0);
    REQUIRE(bytes.compare(8, 4, "WAVE") == 0);
    Wav wav;
    bool haveFormat = false;
    bool haveData = false;
    for (std::size_t at = 12; at + 8 <= bytes.size();) {
        const std::string id = bytes.substr(at, 4);
        const std::uint32_t size = little(bytes, at + 4, 4);
        const std::size_t body = at + 8;
        // espeak-ng writing to a file fills in the sizes at the end; a stream would leave them 0x7fff….
        const std::size_t available = std::min<std::size_t>(size, bytes.size() - body);
        if (id == "fmt ") {
            REQUIRE(size >= 16);
            wav.format = static_cast<std::uint16_t>(little(bytes, body, 2));
            wav.channels = static_cast<std::uint16_t>(little(bytes, body + 2, 2));
            wav.sampleRate = little(bytes, body + 4, 4);
            wav.bitsPerSample = static_cast<std::uint16_t>(little(bytes, body + 14, 2));
            haveFormat = true;
        } else if (id == "data") {
            CHECK(size == available); // the header agrees with the file
            for (std::size_t i = 0; i + 1 < available; i += 2) {
                wav.samples.push_back(static_cast<std::int16_t>(little(bytes, body + i, 2)));
            }
            haveData = true;
        }
        at = body + available + (available % 2);
    }
    REQUIRE(haveFormat);
    REQUIRE(haveData);
    CHECK(wav.format == 1); // PCM
    CHECK(wav.bitsPerSample == 16);
    CHECK(wav.channels >= 1);
    CHECK(wav.sampleRate >= 8000);
    return wav;
}

// The share of samples louder than a whisper: speech, not silence or a click.
double voicedShare(const Wav& wav) {
    std::size_t loud = 0;
    for (const auto sample : wav.samples) {
        loud += (sample > 1000 || sample < -1000) ? 1 : 0;
    }
    return wav.samples.empty() ? 0.0 : static_cast<double>(loud) / static_cast<double>(wav.samples.size());
}

Wav speak(const std::string& text, const std::filesystem::path& dir, const std::string& name) {
    const auto textFile = dir / (name + ".txt");
    const auto wavFile = dir / (name + ".wav");
    test::writeText(textFile, text);
    const auto result = test::runProcess(test::shellQuote(CAREBOOK_ESPEAK_NG) + " -v en -w " +
                                         test::shellQuote(wavFile.string()) + " -f " +
                                         test::shellQuote(textFile.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return readWav(wavFile);
}

} // namespace

TEST_CASE("the back-spasm warning signs are spoken by espeak-ng, and longer text is longer speech", "[speech]") {
    if (std::string(CAREBOOK_ESPEAK_NG).empty() || !std::filesystem::exists(CAREBOOK_ESPEAK_NG)) {
        // CTest marks the test skipped on this line (SKIP_REGULAR_EXPRESSION), so it is not a pass.
        std::cout << "SKIP: espeak-ng not found (apt-get install espeak-ng), so nothing was spoken\n";
        return;
    }
    const auto store = ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    const auto article = store.article("back-spasm");
    REQUIRE(article);
    const auto passages = articlePassages(*article);
    REQUIRE(passages.size() > 3);
    REQUIRE(passages[0].part == PassagePart::RedFlags);
    REQUIRE(passages[0].urgency == "emergency");
    REQUIRE(passages[1].urgency == "urgent");

    test::TempDir dir;
    const Wav heading = speak("Warning signs for Back spasm.", dir.path(), "heading");
    const Wav emergency = speak(passages[0].text, dir.path(), "emergency");
    const Wav twoTiers = speak(joinPassages({passages[0], passages[1]}), dir.path(), "two-tiers");
    INFO("seconds: heading " << heading.seconds() << ", emergency tier " << emergency.seconds()
                             << ", emergency and urgent tiers " << twoTiers.seconds());
    // About 150 words a minute: the heading is a second or two, the eight emergency signs most of a minute.
    CHECK(heading.seconds() > 0.8);
    CHECK(emergency.seconds() > 20.0);
    CHECK(emergency.seconds() > 10 * heading.seconds());
    CHECK(twoTiers.seconds() > emergency.seconds() * 1.5);
    // Speech, not silence: a good part of the samples is voiced.
    CHECK(voicedShare(emergency) > 0.2);
    CHECK(voicedShare(twoTiers) > 0.2);
    // To listen to what was checked: CAREBOOK_KEEP_SPEECH=DIR keeps the recordings there.
    if (const char* keep = std::getenv("CAREBOOK_KEEP_SPEECH"); keep && *keep) {
        std::filesystem::create_directories(keep);
        for (const char* name : {"heading.wav", "emergency.wav", "two-tiers.wav"}) {
            std::filesystem::copy_file(dir.path() / name, std::filesystem::path(keep) / name,
                                       std::filesystem::copy_options::overwrite_existing);
        }
    }
}
