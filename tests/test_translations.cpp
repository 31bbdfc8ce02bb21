// SPDX-License-Identifier: MIT
// Every tr() string has its translation: lupdate is run over the sources into a copy of each
// resources/translations/*.ts, exactly as `cmake --build build --target update_translations` would, and
// the copy must have nothing unfinished. A string added to the sources without a translation fails
// here, named by its file and line, until the update is run and the new string translated.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

namespace {

struct Message {
    QString context;
    QString source;
    QString where; // "src/app/x.cpp:12"
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete", or empty when done
    QStringList forms;       // the translation, or each plural form
};

// The .ts file lupdate writes after merging the sources into `committed` (its translations kept).
QString updatedCopy(const QString& committed, const QDir& into, bool pluralsOnly) {
    const QString copy = into.filePath(QFileInfo(committed).fileName());
    REQUIRE(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("absolute"), QStringLiteral("-I"),
                          QStringLiteral(CAREBOOK_SOURCE_DIR "/src"), QStringLiteral(CAREBOOK_SOURCE_DIR "/src/app")};
    if (pluralsOnly) {
        arguments.prepend(QStringLiteral("-pluralonly"));
    }
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(CAREBOOK_LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
    return copy;
}

std::vector<Message> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QDir base = QFileInfo(path).dir();
    const QDir sources(QStringLiteral(CAREBOOK_SOURCE_DIR));
    std::vector<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement()) {
                    continue;
                }
                if (xml.name() == QLatin1String("location") && message.where.isEmpty()) {
                    const auto file = xml.attributes().value(QLatin1String("filename")).toString();
                    message.where = sources.relativeFilePath(QDir::cleanPath(base.absoluteFilePath(file))) +
                                    QLatin1Char(':') + xml.attributes().value(QLatin1String("line")).toString();
                } else if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                    if (!message.numerus) {
                        message.forms << xml.readElementText();
                    }
                } else if (xml.name() == QLatin1String("numerusform")) {
                    message.forms << xml.readElementText();
                }
            }
            messages.push_back(message);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The placeholders a string uses: %1…%99, %n and %Ln. A translation must keep every one.
std::set<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d{1,2})"));
    std::set<QString> found;
    for (auto match = pattern.globalMatch(text); match.hasNext();) {
        found.insert(match.next().captured());
    }
    return found;
}

// How many mnemonics ("&File") a string marks; "&&" is a literal ampersand, "&amp;" in the .ts is decoded.
int mnemonics(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("&(?!&)(?=\\S)"));
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QString());
    return static_cast<int>(plain.count(pattern));
}

// Everything wrong with one message, as lines naming where its string is.
QStringList problems(const Message& message) {
    QStringList found;
    const QString at = message.where + QStringLiteral(": ") + message.context + QStringLiteral(": \"") +
                       message.source + QLatin1Char('"');
    if (!message.translationType.isEmpty()) {
        found << at + QStringLiteral(" is ") + message.translationType +
                     QStringLiteral(" (run ./scripts/update-translations and translate it: README, \"Adding or changing a string\")");
        return found;
    }
    if (message.forms.isEmpty() || std::any_of(message.forms.begin(), message.forms.end(),
                                                [](const QString& form) { return form.trimmed().isEmpty(); })) {
        found << at + QStringLiteral(" has an empty translation");
        return found;
    }
    for (const auto& form : message.forms) {
        // A plural form may leave out %n ("one minute") but never another placeholder.
        auto wanted = placeholders(message.source);
        auto given = placeholders(form);
        if (message.numerus) {
            wanted.erase(QStringLiteral("%n"));
            wanted.erase(QStringLiteral("%Ln"));
            given.erase(QStringLiteral("%n"));
            given.erase(QStringLiteral("%Ln"));
        }
        if (wanted != given) {
            found << at + QStringLiteral(" loses or adds a placeholder in \"") + form + QLatin1Char('"');
        }
        if (mnemonics(message.source) != mnemonics(form)) {
            found << at + QStringLiteral(" has ") + QString::number(mnemonics(form)) +
                         QStringLiteral(" mnemonics (&) where the source has ") +
                         QString::number(mnemonics(message.source)) + QStringLiteral(": \"") + form + QLatin1Char('"');
        }
    }
    return found;
}

} // namespace

TEST_CASE("every tr() string in the sources has its Dutch translation", "[translations]") {
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const auto messages =
        readTs(updatedCopy(QStringLiteral(CAREBOOK_SOURCE_DIR "/resources/translations/carebook_nl.ts"),
                           QDir(temporary.path()), false));
    // lupdate found the sources: the window alone has hundreds of strings.
    REQUIRE(messages.size() > 300);
    QStringList all;
    for (const auto& message : messages) {
        all << problems(message);
    }
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
}

TEST_CASE("every plural in the sources has its English forms", "[translations]") {
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const auto messages =
        readTs(updatedCopy(QStringLiteral(CAREBOOK_SOURCE_DIR "/resources/translations/carebook_en.ts"),
                           QDir(temporary.path()), true));
    REQUIRE(messages.size() > 5);
    QStringList all;
    for (const auto& message : messages) {
        CHECK(message.numerus);
        all << problems(message);
        if (message.forms.size() == 2) {
            CHECK_FALSE(message.forms[0].contains(QStringLiteral("(s)")));
            CHECK_FALSE(message.forms[1].contains(QStringLiteral("(s)")));
        }
    }
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
}

TEST_CASE("the check finds an untranslated string, a lost placeholder and a lost mnemonic", "[translations]") {
    Message fine{QStringLiteral("C"), QStringLiteral("&Open %1"), QStringLiteral("src/app/x.cpp:3"), false, {},
                 {QStringLiteral("%1 &openen")}};
    CHECK(problems(fine).isEmpty());
    Message unfinished = fine;
    unfinished.translationType = QStringLiteral("unfinished");
    unfinished.forms = {QString()};
    REQUIRE(problems(unfinished).size() == 1);
    CHECK(problems(unfinished).front().startsWith(QStringLiteral("src/app/x.cpp:3: C: \"&Open %1\" is unfinished")));
    Message lostPlaceholder = fine;
    lostPlaceholder.forms = {QStringLiteral("&openen")};
    CHECK(problems(lostPlaceholder).size() == 1);
    Message lostMnemonic = fine;
    lostMnemonic.forms = {QStringLiteral("%1 openen")};
    CHECK(problems(lostMnemonic).size() == 1);
    Message plural{QStringLiteral("C"), QStringLiteral("%n minute(s) for %1"), QStringLiteral("x:1"), true, {},
                   {QStringLiteral("één minuut voor %1"), QStringLiteral("%n minuten voor %1")}};
    CHECK(problems(plural).isEmpty());
    plural.forms[1].clear();
    CHECK(problems(plural).size() == 1);
}
