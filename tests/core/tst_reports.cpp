#include "document/commands.h"

#include "../support/testutil.h"

using namespace ap;

namespace {

ReportLog fileLog(const PlanDocument &doc)
{
    QString error;
    auto store = PlanStore::open(doc.filePath(), PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    ReportLog log;
    REQUIRE(store->rows().loadReports(&log, &error));
    return log;
}

Id firstTask(const testutil::DocumentFixture &f)
{
    return f.task(f.childSection(f.topSection(0), 0), 0);
}

ProgressReport report(const testutil::DocumentFixture &f, Id task, const QString &p, double percent)
{
    ProgressReport c;
    c.taskId = task;
    c.period = p;
    c.reportDate = QDate(2026, 6, 28);
    c.status = TaskStatus::InProgress;
    c.percent = percent;
    c.progress = QStringLiteral("已完成签约%1%").arg(percent);
    c.problems = QStringLiteral("人手不足");
    c.nextSteps = QStringLiteral("增派团队");
    c.departmentId = f.plan().departments.first().id;
    const Task &t = f.plan().tasks.value(task);
    if (!t.targets.isEmpty())
        c.actuals.insert(t.targets.first().id, 81.5);
    return c;
}

} // namespace

TEST_CASE("Periods follow the plan's cadence and read as Chinese dates")
{
    CHECK(period::of(QDate(2026, 5, 12), Cadence::Quarterly) == QStringLiteral("2026Q2"));
    CHECK(period::of(QDate(2026, 5, 12), Cadence::Monthly) == QStringLiteral("2026-05"));
    CHECK(period::ofYear(2026, Cadence::Quarterly).size() == 4);
    QDate first, last;
    REQUIRE(period::parse(QStringLiteral("2024Q1"), &first, &last));
    CHECK(first == QDate(2024, 1, 1));
    CHECK(last == QDate(2024, 3, 31));
    REQUIRE(period::parse(QStringLiteral("2024-02"), &first, &last));
    CHECK(last == QDate(2024, 2, 29));
    CHECK_FALSE(period::parse(QStringLiteral("2024Q5"), &first, &last));
    CHECK_FALSE(period::parse(QStringLiteral("2024-13"), &first, &last));
}

TEST_CASE("A progress report is written through, read back whole, and undone")
{
    testutil::DocumentFixture f;
    const Id task = firstTask(f);
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 60)));
    REQUIRE(f.doc->reports().entries.size() == 1);
    const ProgressReport &c = f.doc->reports().entries.first();
    CHECK(c.id > 0);
    CHECK(c.enteredAt.isValid());
    const ReportLog onDisk = fileLog(*f.doc);
    REQUIRE(onDisk.entries.size() == 1);
    CHECK(onDisk.entries.first() == c);
    CHECK(f.doc->reports().latestActual(task, f.plan().tasks.value(task).targets.first().id) == 81.5);

    f.stack()->undo();
    CHECK(f.doc->reports().entries.isEmpty());
    CHECK(fileLog(*f.doc).entries.isEmpty());
    f.stack()->redo();
    CHECK(fileLog(*f.doc).entries.size() == 1);
}

TEST_CASE("A correction is a new entry with a reason, and the earlier report stays in the history")
{
    testutil::DocumentFixture f;
    const Id task = firstTask(f);
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 60)));
    const Id first = f.doc->reports().entries.first().id;
    ProgressReport fix = report(f, task, QStringLiteral("2026Q2"), 65);
    fix.supersedesId = first;
    fix.correctionReason = QStringLiteral("科室更正数据");
    f.stack()->push(new AddReportCommand(f.doc.get(), fix));
    CHECK(f.doc->reports().entries.size() == 2);
    REQUIRE(f.doc->reports().current(task).size() == 1);
    CHECK(f.doc->reports().current(task).first()->percent == 65.0);
    CHECK(f.doc->reports().current(task).first()->correctionReason == QStringLiteral("科室更正数据"));
    CHECK(fileLog(*f.doc).entries.size() == 2);
}

TEST_CASE("A locked period takes no reports until it is unlocked with a reason")
{
    testutil::DocumentFixture f;
    const Id task = firstTask(f);
    f.stack()->push(new SetPeriodLockCommand(f.doc.get(), QStringLiteral("2026Q2"), true, QString()));
    CHECK(f.doc->reports().isLocked(QStringLiteral("2026Q2")));
    CHECK(fileLog(*f.doc).isLocked(QStringLiteral("2026Q2")));
    QString failure;
    QObject::connect(f.doc.get(), &PlanDocument::writeFailed, [&failure](const QString &m) { failure = m; });
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 50)));
    CHECK(f.doc->reports().entries.isEmpty());
    CHECK(failure.contains(QStringLiteral("locked")));
    CHECK(f.stack()->count() == 1);   // the refused report left no step behind

    f.stack()->push(new SetPeriodLockCommand(f.doc.get(), QStringLiteral("2026Q2"), false, QStringLiteral("补报数据")));
    CHECK_FALSE(f.doc->reports().isLocked(QStringLiteral("2026Q2")));
    CHECK(fileLog(*f.doc).locks.value(QStringLiteral("2026Q2")).reason == QStringLiteral("补报数据"));
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 50)));
    CHECK(f.doc->reports().entries.size() == 1);
    // Undo back to before the first lock: no lock row is left in the file.
    f.stack()->undo();
    f.stack()->undo();
    f.stack()->undo();
    CHECK(fileLog(*f.doc).locks.isEmpty());
}

TEST_CASE("Deleting a task and undoing brings its reports back, in the file too")
{
    testutil::DocumentFixture f;
    const Id task = firstTask(f);
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q1"), 20)));
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 60)));
    const ReportLog before = f.doc->reports();
    f.stack()->push(new RemoveTaskCommand(f.doc.get(), task));
    CHECK(f.doc->reports().entries.isEmpty());
    CHECK(fileLog(*f.doc).entries.isEmpty());
    f.stack()->undo();
    CHECK(f.doc->reports().entries == before.entries);
    CHECK(fileLog(*f.doc).entries == before.entries);

    // The same through a whole section.
    const Id section = f.plan().taskSection.value(task);
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), section));
    CHECK(fileLog(*f.doc).entries.isEmpty());
    f.stack()->undo();
    CHECK(fileLog(*f.doc).entries == before.entries);
}

TEST_CASE("Removing a target and undoing keeps the actuals reported against it")
{
    testutil::DocumentFixture f;
    const Id task = firstTask(f);
    f.stack()->push(new AddReportCommand(f.doc.get(), report(f, task, QStringLiteral("2026Q2"), 60)));
    const Id target = f.plan().tasks.value(task).targets.first().id;
    Task edited = f.plan().tasks.value(task);
    edited.targets.removeFirst();
    f.stack()->push(new EditTaskCommand(f.doc.get(), edited));
    CHECK_FALSE(fileLog(*f.doc).entries.first().actuals.contains(target));
    CHECK_FALSE(f.doc->reports().latestActual(task, target).has_value());
    f.stack()->undo();
    CHECK(fileLog(*f.doc).entries.first().actuals.value(target) == 81.5);
    CHECK(f.doc->reports().latestActual(task, target) == 81.5);
}

TEST_CASE("Warning settings are plan properties kept in the file")
{
    testutil::DocumentFixture f;
    PlanInfo info = f.plan().info;
    CHECK(info.warnDays == 30);
    info.warnDays = 14;
    info.behindPoints = 15;
    f.stack()->push(new SetPlanInfoCommand(f.doc.get(), info));
    QString error;
    auto store = PlanStore::open(f.doc->filePath(), PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    PlanData p;
    REQUIRE(store->rows().load(&p, &error));
    CHECK(p.info.warnDays == 14);
    CHECK(p.info.behindPoints == 15.0);
}
