#pragma once

#include "document/plandocument.h"
#include "document/planlocation.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

// Helpers shared by the tests: file digests, directory listings and readable Catch2 output
// for Qt strings. Test data is found through compile definitions, never relative paths.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &s) { return "[" + s.join(QStringLiteral(", ")).toStdString() + "]"; }
};
} // namespace Catch

namespace testutil {

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(ANNUALPLAN_TEST_DATA "/") + name;
}

inline QString sampleJsonPath()
{
    return QStringLiteral(ANNUALPLAN_SAMPLE_JSON);
}

// A small plan with two levels of sections, tasks, targets and departments, for tests that
// need content but not the sample's size.
ap::PlanData smallPlan();

// Plans compare equal when every value, id and order agrees; empty order lists count as absent.
// On a difference, *why names the first part that differs.
bool samePlan(const ap::PlanData &a, const ap::PlanData &b, std::string *why = nullptr);

// The plan as the document's file holds it, read on a connection of its own.
ap::PlanData fileState(const ap::PlanDocument &doc);
// The reports, locks and assessment marks the document's file (or server plan) holds now.
ap::ReportLog fileReports(const ap::PlanDocument &doc);

// What the annualplan binary did with a command line: exit code (-1 for a crash) and output.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the annualplan binary without a display in the given locale, waiting up to 60 s.
// extraEnv: variables set for the run (PGPASSWORD …); input: written to its standard input.
CliResult runCli(const QStringList &args, const QByteArray &lang = "C.UTF-8", const QHash<QString, QString> &extraEnv = {},
                 const QByteArray &input = QByteArray());

// smallPlan() written to dir/name as a plan file; its path.
QString smallPlanFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.aplan"));
// The bundled sample plan (the small plan where the sample's JSON cannot be read) written to
// dir/sample.aplan; its path.
QString samplePlanFile(const QTemporaryDir &dir);

// The bundled sample plan written to dir/sample.aplan, opened read-only.
// issuedByNotice: as the sample would print issued by its notice (版头, 主送机关, 版记).
std::unique_ptr<ap::PlanDocument> openSamplePlan(const QTemporaryDir &dir, bool issuedByNotice = false);

// A Word document as the Word export writes it (which LibreOffice reads, unlike a bare package):
// the first line its title, a line that opens with 一、 a heading, every other line a paragraph.
void writeWordDocument(const QString &path, const QStringList &lines);

// An old-format copy (LibreOffice's format: "doc", "rtf", "pdf" …) of the document at path, made
// beside it in folder by LibreOffice headless; empty when LibreOffice is not installed.
QString savedByLibreOffice(const QString &path, const QString &format, const QTemporaryDir &folder);
// The environment LibreOffice runs in for the tests: fontconfig as AnnualPlan's package sets it
// up (the 公文 font names a Word file uses found among the free fonts, resources/fontconfig),
// its file written into folder.
QProcessEnvironment officeEnvironment(const QTemporaryDir &folder);

// The plan's body as the print engine words it, a line per title, heading and work item.
QStringList printedLines(const ap::PlanDocument &doc);

// smallPlan() in a new file in a temporary folder, open for writing.
struct DocumentFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ap::PlanDocument> doc;

    explicit DocumentFixture(const QString &fileName = QStringLiteral("plan.aplan"));
    // onServer: the plan published to the test cluster (ANNUALPLAN_TEST_PG) under a name of its
    // own and opened there; doc stays null (the caller skips) where no cluster runs.
    struct OnServer
    {
    };
    explicit DocumentFixture(OnServer);
    const ap::PlanData &plan() const { return doc->plan(); }
    QUndoStack *stack() { return doc->undoStack(); }
    ap::Id topSection(int i) const { return plan().childSections.value(0).at(i); }
    ap::Id childSection(ap::Id parent, int i) const { return plan().childSections.value(parent).at(i); }
    ap::Id task(ap::Id section, int i) const { return plan().sectionTasks.value(section).at(i); }
    // The task with this title (0 when there is none).
    ap::Id taskNamed(const QString &title) const;
    // 扩大签约覆盖面's 重点人群签约率 given a step, 80% due by 30 June before the year's 85% (one
    // undo step); the task's id.
    ap::Id withJuneStep();
};

// The test cluster's database (ANNUALPLAN_TEST_PG), empty where none runs; a FAIL under CI.
QString testDatabase();
// A name of its own for a test's server plan (stem and 8 hex digits): tests never meet.
QString uniquePlanName(const QString &stem);
// The address of the plan named plan in the test database (the name percent-encoded).
QString serverPlanAddress(const QString &plan);
// The sample plan published to the test database under a name of its own; its address.
QString publishedSample(const QString &stem);
// The test cluster's URL for another database of it (by name), or the test database's own.
QString testDatabaseUrl(const QString &name = QString());
// psql on a database of the test cluster as its administrator, for what the program itself never
// does (raw SQL, a newer schema, a change by someone else): its output; the statement must succeed.
QString psql(const QString &sql, const QString &database = QString());
// The test cluster halted (its server stops answering, connections hang), resumed, stopped or
// started by scripts/pg-cluster.sh; the script's end is the event waited for.
void runCluster(const char *what);
// Whether the private cluster that may be halted runs (ANNUALPLAN_PG_DIR).
bool clusterMayHalt();
// The test cluster halted for as long as it lives (resumed when it goes, a failed test too), or
// until resume().
class HaltedCluster
{
public:
    HaltedCluster() { runCluster("halt"); }
    ~HaltedCluster()
    {
        if (!m_resumed)
            runCluster("resume");
    }
    HaltedCluster(const HaltedCluster &) = delete;
    HaltedCluster &operator=(const HaltedCluster &) = delete;
    void resume()
    {
        runCluster("resume");
        m_resumed = true;
    }

private:
    bool m_resumed = false;
};
// A plan address the test knows to be well formed.
ap::ServerAddress parsedAddress(const QString &text);
// The plan text names (a file or a well-formed address), as the program reads it where it comes in.
ap::PlanLocation planAt(const QString &text);

// A small tmpfs mounted for a fault test (needs root, as in CI); ok() is false where the test
// may not mount, and the test then skips. Unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size);
    ~SmallDisk();
    bool ok() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Fills the disk but for about `leave` bytes, with a file named "filler".
    void fill(qint64 leave);
    void emptyFiller() { QFile::remove(path(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace testutil
