#include "testutil.h"

#include "document/planedits.h"

#include "document/serverplans.h"
#include "io/planjson.h"
#include "print/docxwriter.h"
#include "print/planprinter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace testutil {

ap::PlanData smallPlan()
{
    using namespace ap;
    PlanData p;
    p.info.year = 2026;
    p.info.title = QStringLiteral("2026年测试工作计划");
    p.info.organisation = QStringLiteral("测试区卫生健康委员会");
    p.info.documentDate = QDate(2026, 1, 15);
    p.departments = {{1, QStringLiteral("区卫健委"), QStringLiteral("卫健委"), 0},
                     {2, QStringLiteral("区财政局"), QString(), 1},
                     {3, QStringLiteral("区医保局"), QString(), 2}};
    p.sections.insert(10, {10, 0, QStringLiteral("基层服务")});
    p.sections.insert(11, {11, 10, QStringLiteral("家庭医生")});
    p.sections.insert(12, {12, 10, QStringLiteral("公共卫生")});
    p.sections.insert(13, {13, 0, QStringLiteral("医疗质量")});
    p.childSections[0] = {10, 13};
    p.childSections[10] = {11, 12};
    Task a;
    a.id = 100;
    a.title = QStringLiteral("扩大签约覆盖面");
    a.description = QStringLiteral("面向老年人和慢病患者推进签约。");
    a.start = QDate(2026, 1, 1);
    a.deadline = QDate(2026, 12, 31);
    Target t1;
    t1.indicator = QStringLiteral("重点人群签约率");
    t1.value = 85;
    t1.unit = QStringLiteral("%");
    t1.baseline = 80;
    t1.baselineYear = 2025;
    Target t2;
    t2.indicator = QStringLiteral("投诉率");
    t2.op = TargetOp::AtMost;
    t2.value = 0.5;
    t2.unit = QStringLiteral("%");
    a.targets = {t1, t2};
    a.assignments = {{1, DepartmentRole::Lead}, {2, DepartmentRole::Support}};
    Task b;
    b.id = 101;
    b.title = QStringLiteral("健康档案更新");
    b.deadline = QDate(2026, 6, 30);
    b.assignments = {{1, DepartmentRole::Lead}};
    Task c;
    c.id = 102;
    c.title = QStringLiteral("病历质量督查");
    c.deadline = QDate(2026, 9, 30);
    Target t3;
    t3.indicator = QStringLiteral("督查次数");
    t3.value = 4;
    t3.unit = QStringLiteral("次");
    t3.due = QDate(2026, 9, 30);
    c.targets = {t3};
    c.assignments = {{3, DepartmentRole::Lead}};
    p.tasks.insert(100, a);
    p.tasks.insert(101, b);
    p.tasks.insert(102, c);
    p.sectionTasks[11] = {100, 101};
    p.sectionTasks[13] = {102};
    p.taskSection = {{100, 11}, {101, 11}, {102, 13}};
    return p;
}

std::unique_ptr<ap::PlanDocument> openSamplePlan(const QTemporaryDir &dir, bool issuedByNotice)
{
    ap::PlanData data;
    QString error;
    REQUIRE(ap::PlanJson::read(readAll(sampleJsonPath()), &data, &error));
    data.info.notice.enabled = issuedByNotice;
    const QString path = dir.filePath(QStringLiteral("sample.aplan"));
    REQUIRE(ap::PlanStore::create(path, data.info, &error, nullptr, &data));
    auto doc = ap::PlanDocument::open(path, ap::PlanStore::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    return doc;
}

QString smallPlanFile(const QTemporaryDir &dir, const QString &name)
{
    const ap::PlanData content = smallPlan();
    QString error;
    const QString path = dir.filePath(name);
    INFO(error.toStdString());
    REQUIRE(ap::PlanStore::create(path, content.info, &error, nullptr, &content));
    return path;
}

QString samplePlanFile(const QTemporaryDir &dir)
{
    ap::PlanData content;
    QString error;
    const QByteArray json = readAll(sampleJsonPath());
    if (json.isEmpty() || !ap::PlanJson::read(json, &content, &error))
        content = smallPlan();
    const QString path = dir.filePath(QStringLiteral("sample.aplan"));
    REQUIRE(ap::PlanStore::create(path, content.info, &error, nullptr, &content));
    return path;
}

DocumentFixture::DocumentFixture(const QString &fileName)
{
    const ap::PlanData content = smallPlan();
    QString error;
    const QString path = dir.filePath(fileName);
    INFO(error.toStdString());
    REQUIRE(ap::PlanStore::create(path, content.info, &error, nullptr, &content));
    doc = ap::PlanDocument::open(path, ap::PlanStore::Mode::ReadWrite, &error);
    REQUIRE(doc);
}

ap::Id DocumentFixture::taskNamed(const QString &title) const
{
    for (const ap::Task &t : plan().tasks)
        if (t.title == title)
            return t.id;
    return 0;
}

ap::Id DocumentFixture::withJuneStep()
{
    ap::Task signing = plan().tasks.value(taskNamed(QStringLiteral("扩大签约覆盖面")));
    REQUIRE(signing.id);
    signing.targets[0].milestones = {{80.0, QDate(2026, 6, 30)}};
    REQUIRE(ap::edits::editTask(*doc, signing, QStringLiteral("step")));
    return signing.id;
}

QString testDatabase()
{
    const QString base = qEnvironmentVariable("ANNUALPLAN_TEST_PG");
    if (base.isEmpty() && qEnvironmentVariableIsSet("CI"))
        FAIL("ANNUALPLAN_TEST_PG is not set: scripts/test.sh starts the PostgreSQL cluster the server tests need");
    return base;
}

QString uniquePlanName(const QString &stem)
{
    return stem + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QString serverPlanAddress(const QString &plan)
{
    return testDatabase() + QStringLiteral("?plan=") + QString::fromUtf8(QUrl::toPercentEncoding(plan));
}

QString publishedSample(const QString &stem)
{
    const QString address = serverPlanAddress(uniquePlanName(stem));
    QTemporaryDir dir;
    QString error;
    auto sample = openSamplePlan(dir);
    REQUIRE(sample);
    const QString file = sample->filePath();
    sample.reset();
    const bool published = ap::ServerPlans::publish(file, parsedAddress(address), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    return address;
}

QString testDatabaseUrl(const QString &name)
{
    QString url = testDatabase();
    if (!name.isEmpty())
        url = url.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name;
    return url;
}

void runCluster(const char *what)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(ANNUALPLAN_SOURCE_DIR "/scripts/pg-cluster.sh"), QLatin1String(what),
                                     qEnvironmentVariable("ANNUALPLAN_PG_DIR")});
    // The script gives the server up to ten minutes itself; a hang is stopped by the test's own
    // timeout (ctest).
    REQUIRE(p.waitForFinished(-1));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

bool clusterMayHalt()
{
    return !testDatabase().isEmpty() && !qEnvironmentVariable("ANNUALPLAN_PG_DIR").isEmpty();
}

QString psql(const QString &sql, const QString &database)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {testDatabaseUrl(database), QStringLiteral("-XAtqc"), sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

ap::PlanLocation planAt(const QString &text)
{
    QString error;
    const auto where = ap::PlanLocation::parse(text, &error);
    INFO(error.toStdString());
    REQUIRE(where);
    return *where;
}

ap::ServerAddress parsedAddress(const QString &text)
{
    const ap::PlanLocation where = planAt(text);
    REQUIRE(where.isServer());
    return where.address();
}

DocumentFixture::DocumentFixture(OnServer)
{
    if (testDatabase().isEmpty())
        return;
    const QString address = testDatabase() + QStringLiteral("?plan=fixture-")
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString error;
    const QString file = dir.filePath(QStringLiteral("plan.aplan"));
    const ap::PlanData content = smallPlan();
    REQUIRE(ap::PlanStore::create(file, content.info, &error, nullptr, &content));
    const bool published = ap::ServerPlans::publish(file, parsedAddress(address), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    doc = ap::PlanDocument::open(planAt(address), ap::PlanStore::Mode::ReadWrite, &error);
    REQUIRE(doc);
}

bool samePlan(const ap::PlanData &a, const ap::PlanData &b, std::string *why)
{
    using namespace ap;
    auto fail = [why](const char *what) {
        if (why)
            *why = what;
        return false;
    };
    if (a.info != b.info)
        return fail("plan info");
    if (a.departments != b.departments)
        return fail("departments");
    if (a.sections.keys().size() != b.sections.keys().size())
        return fail("section count");
    for (auto it = a.sections.cbegin(); it != a.sections.cend(); ++it) {
        const Section &s = b.sections.value(it.key());
        if (s.id != it->id || s.parentId != it->parentId || s.title != it->title)
            return fail("section value");
    }
    auto nonEmpty = [](const QHash<Id, QList<Id>> &h) {
        QHash<Id, QList<Id>> out;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            if (!it->isEmpty())
                out.insert(it.key(), *it);
        return out;
    };
    if (nonEmpty(a.childSections) != nonEmpty(b.childSections))
        return fail("section order");
    if (a.tasks != b.tasks)
        return fail("tasks");
    if (a.assessment != b.assessment)
        return fail("assessment scheme");
    if (nonEmpty(a.sectionTasks) != nonEmpty(b.sectionTasks))
        return fail("task order");
    if (a.taskSection != b.taskSection)
        return fail("task sections");
    return true;
}

ap::ReportLog fileReports(const ap::PlanDocument &doc)
{
    QString error;
    ap::ReportLog log;
    if (doc.isOnServer()) {
        ap::PlanData p;
        INFO(error.toStdString());
        REQUIRE(ap::ServerPlans::read(doc.location().address(), &p, nullptr, &error, &log));
        return log;
    }
    auto store = ap::PlanStore::open(doc.filePath(), ap::PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    REQUIRE(store->rows().loadReports(&log, &error));
    return log;
}

ap::PlanData fileState(const ap::PlanDocument &doc)
{
    QString error;
    if (doc.isOnServer()) {
        ap::PlanData p;
        INFO(error.toStdString());
        REQUIRE(ap::ServerPlans::read(doc.location().address(), &p, nullptr, &error));
        return p;
    }
    auto store = ap::PlanStore::open(doc.filePath(), ap::PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    ap::PlanData p;
    REQUIRE(store->rows().load(&p, &error));
    return p;
}

CliResult runCli(const QStringList &args, const QByteArray &lang, const QHash<QString, QString> &extraEnv,
                 const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ANNUALPLAN_BINARY), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CliResult r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

SmallDisk::SmallDisk(const QString &size)
{
    if (::geteuid() != 0)
        return;
    m_mounted = QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()})
                == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
}

void SmallDisk::fill(qint64 leave)
{
    // Unbuffered writes in ever smaller pieces until the disk refuses even one byte.
    const QString filler = path(QStringLiteral("filler"));
    const int fd = ::open(QFile::encodeName(filler).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    REQUIRE(fd >= 0);
    const QByteArray block(65536, 'x');
    for (int size = 65536; size >= 1; size /= 2)
        while (::write(fd, block.constData(), size_t(size)) == size) {
        }
    ::fsync(fd);
    ::close(fd);
    if (leave > 0)
        QFile::resize(filler, qMax<qint64>(0, QFileInfo(filler).size() - leave));
}

QStringList printedLines(const ap::PlanDocument &doc)
{
    const ap::PlanData &plan = doc.plan();
    QStringList lines{plan.info.title};
    for (ap::Id sid : plan.sectionsInOrder()) {
        lines.append(doc.sectionLabel(sid) + plan.sections.value(sid).title);
        for (ap::Id tid : plan.sectionTasks.value(sid))
            lines.append(ap::PlanPrinter::taskText(doc, tid));
    }
    return lines;
}

void writeWordDocument(const QString &path, const QStringList &lines)
{
    using Role = ap::PrintedParagraph::Role;
    ap::PrintedDocument content;
    content.title = lines.value(0);
    for (int i = 0; i < lines.size(); ++i) {
        const Role role = i == 0 ? Role::Title
            : QStringView(lines.at(i)).mid(1).startsWith(u'、') ? Role::Heading1
                                                               : Role::Body;
        content.body.append({role, lines.at(i)});
    }
    // Named families, so that no QGuiApplication is needed for the defaults.
    ap::PrintFonts fonts;
    for (int r = 0; r < ap::PrintFonts::RoleCount; ++r)
        fonts.setFamily(ap::PrintFonts::Role(r), QStringLiteral("AR PL UMing CN"));
    fonts.heading1 = QStringLiteral("WenQuanYi Zen Hei");
    fonts.heading2 = QStringLiteral("AR PL UKai CN");
    QString error;
    INFO(error.toStdString());
    REQUIRE(ap::DocxWriter::write(content, fonts, path, &error));
}

QProcessEnvironment officeEnvironment(const QTemporaryDir &folder)
{
    // The file the scripts use too (scripts/office-fonts.sh writes it and says where).
    QProcess script;
    script.start(QStringLiteral(ANNUALPLAN_SOURCE_DIR "/scripts/office-fonts.sh"), {folder.path()});
    REQUIRE(script.waitForFinished(-1));
    REQUIRE(script.exitCode() == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), QString::fromUtf8(script.readAllStandardOutput()).trimmed());
    return env;
}

QString savedByLibreOffice(const QString &path, const QString &format, const QTemporaryDir &folder)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return QString();
    const QString out = folder.filePath(QStringLiteral("saved-") + format.section(u':', 0, 0));
    QProcess lo;
    lo.setProcessEnvironment(officeEnvironment(folder));
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + folder.filePath(QStringLiteral("lo-profile")),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), out, path});
    REQUIRE(lo.waitForFinished(180000));
    INFO("LibreOffice: " << lo.readAllStandardOutput().toStdString() << lo.readAllStandardError().toStdString());
    const QString made = QDir(out).filePath(QFileInfo(path).completeBaseName() + QLatin1Char('.') + format.section(u':', 0, 0));
    REQUIRE(QFile::exists(made));
    return made;
}

} // namespace testutil
