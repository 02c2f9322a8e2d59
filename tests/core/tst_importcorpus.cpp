// The import's whole scoring corpus — the repository's fixtures in every layout the importer
// reads, and ../shared's samples when present — in every input kind (as written, line breaks
// lost, and through LibreOffice as .docx, PDF and .doc), scored against the gold files and held
// to tests/data/import/corpus-baseline.tsv: a rule that helps one layout may not cost another.
#include "import/importscore.h"
#include "import/planimport.h"
#include "importcorpus.h"
#include "importcorpusbaseline.h"

#include "../support/testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ap;

namespace {

struct Scored
{
    ImportCorpus::Input input;
    ImportScore score;
    QString title, goldTitle;   // without spaces: a PDF's autospace is no part of a title
    int year = 0, goldYear = 0;
};

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QList<Scored> scoreAll(const QString &dir, const QTemporaryDir &work, const QString &sub, const QString &soffice)
{
    QDir().mkpath(work.filePath(sub));
    QList<Scored> out;
    const QProcessEnvironment office = soffice.isEmpty() ? QProcessEnvironment() : testutil::officeEnvironment(work);
    for (const ImportCorpus::Input &in : ImportCorpus::inputs(dir, work.filePath(sub), true, soffice, office)) {
        INFO(in.label().toStdString());
        ImportResult r;
        QString error;
        INFO(error.toStdString());
        REQUIRE(PlanImport::readFile(in.path, &r, &error));
        ImportScore s;
        const QByteArray gold = testutil::readAll(in.goldPath);
        REQUIRE(ImportScorer::score(gold, PlanImport::toJson(r), &s, &error));
        const QJsonObject g = QJsonDocument::fromJson(gold).object();
        out.append({in, s, withoutSpaces(r.title), withoutSpaces(g.value(QStringLiteral("title")).toString()), r.year,
                    g.value(QStringLiteral("year")).toInt()});
    }
    return out;
}

} // namespace

TEST_CASE("Every layout the importer reads scores its goals in every input kind, and no document scores less than its baseline")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        WARN("LibreOffice is not here: the .docx, PDF and .doc kinds are not scored");
    QTemporaryDir work;
    QList<Scored> fixtures = scoreAll(QStringLiteral(ANNUALPLAN_TEST_DATA "/import"), work, QStringLiteral("fixtures"), soffice);
    QList<Scored> samples;
    if (QDir(QStringLiteral(ANNUALPLAN_SHARED_SAMPLES)).exists())
        samples = scoreAll(QStringLiteral(ANNUALPLAN_SHARED_SAMPLES), work, QStringLiteral("samples"), soffice);
    else
        WARN("../shared/samples is not here: only the repository's fixtures are scored");

    // Each layout's fixtures, written as a clerk receives them, meet the goals in each input
    // kind; with its line breaks lost a document is held to its baseline only.
    CHECK(fixtures.size() >= 26 * 2);
    for (const Scored &f : std::as_const(fixtures)) {
        if (f.input.kind == QLatin1String("line breaks lost"))
            continue;
        INFO(f.input.label().toStdString());
        CHECK(f.title == f.goldTitle);
        CHECK(f.year == f.goldYear);
        CHECK(f.score.structureF1() >= 0.95);
        if (const auto d = f.score.departmentAccuracy())
            CHECK(*d >= 0.90);
        CHECK(f.score.targetF1() >= 0.85);
    }

    const auto baseline = ImportCorpusBaseline::parse(
        QString::fromUtf8(testutil::readAll(QStringLiteral(ANNUALPLAN_TEST_DATA "/import/corpus-baseline.tsv"))));
    REQUIRE(!baseline.isEmpty());
    // With LibreOffice and ../shared at hand every line of the baseline is scored: a conversion
    // that failed quietly would otherwise leave its kind out unnoticed.
    if (!soffice.isEmpty() && !samples.isEmpty()) {
        QStringList scored;
        for (const Scored &s : fixtures + samples)
            scored << s.input.document + QLatin1Char('\t') + s.input.kind;
        for (auto it = baseline.cbegin(); it != baseline.cend(); ++it) {
            INFO("baseline line not scored: " << it.key().toStdString());
            CHECK(scored.contains(it.key()));
        }
    }
    for (const Scored &s : fixtures + samples) {
        const QString key = s.input.document + QLatin1Char('\t') + s.input.kind;
        const QString now = ImportCorpusBaseline::line(s.input.document, s.input.kind, s.score);
        INFO("now:      " << now.toStdString());
        INFO("(a new document or kind is added to corpus-baseline.tsv with: importscore --kinds --baseline --samples DIR...)");
        REQUIRE(baseline.contains(key));
        const auto was = baseline.value(key);
        const auto is = ImportCorpusBaseline::scoresOf(s.score);
        CHECK(is.structure >= was.structure);
        CHECK(is.departments >= was.departments);
        CHECK(is.targets >= was.targets);
    }
}
