// Old Word, WPS and RTF documents read through LibreOffice headless: the same plan as the .docx,
// the source untouched, and a clear message when LibreOffice is missing, hangs or fails.
#include "import/officeconversion.h"
#include "import/planimport.h"

#include "../support/testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ap;

namespace {

QString plainDocx(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.docx"));
    testutil::writeWordDocument(path, {QStringLiteral("溪口县2026年卫生健康工作要点"), QStringLiteral("一、基层卫生"),
                                       QStringLiteral("1.扩大家庭医生签约覆盖面，重点人群签约率达到80%以上。（县卫健局牵头，县医保局配合）"),
                                       QStringLiteral("2.推进村卫生室标准化建设，达标率保持在95%以上。"),
                                       QStringLiteral("二、医疗质量"),
                                       QStringLiteral("1.开展病历质量专项检查，甲级病历率不低于90%。（县卫健局）")});
    return path;
}

QStringList outline(const ImportResult &r)
{
    QStringList out;
    for (const ImportNode &n : r.nodes)
        out << n.label + n.title + QLatin1Char('|') + n.lead.join(u',') + QLatin1Char('|') + n.support.join(u',')
                   + QLatin1Char('|') + QString::number(n.targets.size());
    return out;
}

// A stand-in for LibreOffice: a script that does what it is told.
QString standIn(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("soffice"));
    REQUIRE(testutil::writeAll(path, "#!/bin/sh\n" + body + "\n"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

struct Environment
{
    explicit Environment(const QString &soffice) { qputenv("ANNUALPLAN_SOFFICE", soffice.toLocal8Bit()); }
    ~Environment() { qunsetenv("ANNUALPLAN_SOFFICE"); }
};

} // namespace

TEST_CASE("An old Word document and an RTF import through LibreOffice as their .docx does, the source left as it was")
{
    QTemporaryDir dir;
    const QString docx = plainDocx(dir);
    ImportResult fromDocx;
    QString error;
    REQUIRE(PlanImport::readFile(docx, &fromDocx, &error));
    REQUIRE(fromDocx.nodes.size() == 5);
    for (const QString &format : {QStringLiteral("doc:MS Word 97"), QStringLiteral("rtf")}) {
        INFO(format.toStdString());
        const QString old = testutil::savedByLibreOffice(docx, format, dir);
        if (old.isEmpty()) {
            WARN("LibreOffice (soffice) is not installed: skipped; scripts/install-deps.sh installs it");
            return;
        }
        // A WPS document is the same binary format under another name.
        const QString named = format.startsWith(QStringLiteral("doc")) ? dir.filePath(QStringLiteral("plan.wps")) : old;
        if (named != old)
            REQUIRE(QFile::copy(old, named));
        const QByteArray before = testutil::sha256(named);
        const QStringList folder = testutil::listing(QFileInfo(named).path());
        ImportResult r;
        INFO(error.toStdString());
        REQUIRE(PlanImport::readFile(named, &r, &error));
        CHECK(outline(r) == outline(fromDocx));
        CHECK(r.title == fromDocx.title);
        CHECK(r.format.contains(QStringLiteral("LibreOffice")));
        CHECK(testutil::sha256(named) == before);
        CHECK(testutil::listing(QFileInfo(named).path()) == folder);
    }
}

TEST_CASE("Without LibreOffice an old document is refused with the package to install, and nothing is imported")
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("plan.doc"));
    REQUIRE(testutil::writeAll(doc, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')));
    const Environment none(dir.filePath(QStringLiteral("no-such-program")));
    CHECK(OfficeConversion::program().isEmpty());
    ImportResult r;
    QString error;
    CHECK_FALSE(PlanImport::readFile(doc, &r, &error));
    CHECK(error.contains(QStringLiteral("libreoffice-writer")));
    CHECK(error.contains(QStringLiteral("plan.doc")));
    CHECK(r.nodes.isEmpty());
}

TEST_CASE("A LibreOffice that hangs is stopped at the time limit, and one that fails says the file may be damaged")
{
    QTemporaryDir dir;
    const QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, 'x');
    QByteArray docx;
    QString error;
    {
        const Environment hangs(standIn(dir, "sleep 30"));
        QElapsedTimer timer;
        timer.start();
        CHECK_FALSE(OfficeConversion::toDocx(ole, QStringLiteral("plan.doc"), &docx, &error, 1000));
        CHECK(timer.elapsed() < 20000);
        CHECK(error.contains(QStringLiteral("stopped")));
        CHECK(docx.isEmpty());
    }
    {
        const Environment fails(standIn(dir, "exit 1"));
        CHECK_FALSE(OfficeConversion::toDocx(ole, QStringLiteral("plan.doc"), &docx, &error));
        CHECK(error.contains(QStringLiteral("damaged")));
    }
    // And the real one on a damaged file, where installed.
    if (!QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        const QString doc = dir.filePath(QStringLiteral("damaged.doc"));
        REQUIRE(testutil::writeAll(doc, ole));
        ImportResult r;
        CHECK_FALSE(PlanImport::readFile(doc, &r, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(r.nodes.isEmpty());
    }
}

TEST_CASE("A conversion still running is stopped as soon as its import is cancelled, LibreOffice and its children ended")
{
    QTemporaryDir dir;
    const QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, 'x');
    // The stand-in starts a child of its own, as soffice starts soffice.bin, says so, then waits
    // far past the test's patience.
    const QString child = dir.filePath(QStringLiteral("child"));
    const Environment hangs(standIn(dir, "sleep 600 &\necho $! > '" + child.toLocal8Bit() + ".tmp'\nmv '" +
                                             child.toLocal8Bit() + ".tmp' '" + child.toLocal8Bit() + "'\nwait"));
    QByteArray docx;
    QString error;
    int asked = 0;
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(OfficeConversion::toDocx(ole, QStringLiteral("plan.doc"), &docx, &error, 120000,
                                         [&](qint64 done, qint64 total) {
                                             CHECK(done == 0);
                                             CHECK(total == 0);   // a conversion has no total
                                             ++asked;
                                             return !QFileInfo::exists(child);   // stop once it runs
                                         }));
    CHECK(asked >= 1);
    CHECK(timer.elapsed() < 60000);   // not the time limit's 120 s: stopped when told
    CHECK(error.contains(QStringLiteral("conversion of")));   // the stop's message, not the time limit's
    CHECK(docx.isEmpty());
    // The child went with it (a zombie at most, until it is reaped).
    const QByteArray pid = testutil::readAll(child).trimmed();
    REQUIRE(!pid.isEmpty());
    const auto ended = [&pid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray fields = stat.readAll();
        return fields.mid(fields.lastIndexOf(')') + 2, 1) == "Z";
    };
    CHECK(QTest::qWaitFor(ended, 10000));
}

TEST_CASE("Which files go through LibreOffice: by their content or their name, never a .docx, PDF or text")
{
    CHECK(OfficeConversion::needed(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), QStringLiteral("plan.bin")));
    CHECK(OfficeConversion::needed(QByteArray("{\\rtf1\\ansi"), QStringLiteral("plan.txt")));
    CHECK(OfficeConversion::needed(QByteArray("abc"), QStringLiteral("PLAN.WPS")));
    CHECK_FALSE(OfficeConversion::needed(QByteArray("PK\x03\x04", 4), QStringLiteral("plan.docx")));
    CHECK_FALSE(OfficeConversion::needed(QByteArray("%PDF-1.7"), QStringLiteral("plan.pdf")));
    CHECK_FALSE(OfficeConversion::needed(QByteArray("一、总体要求"), QStringLiteral("plan.txt")));
}
