#include "document/commands.h"
#include "import/xlsxreader.h"
#include "archive/zipreader.h"
#include "monitor/collectionforms.h"

#include "../support/testutil.h"
#include "../support/formfill.h"
#include "../support/zipwriter.h"

#include <QDir>
#include <QRegularExpression>

using namespace ap;

namespace {

using testutil::filled;
using testutil::setCell;

// The small plan's form of 区卫健委 for 2026Q2, written into the fixture's folder.
QByteArray writtenForm(testutil::DocumentFixture &f, const QString &period = QStringLiteral("2026Q2"))
{
    const QString path = f.dir.filePath(QStringLiteral("form.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*f.doc, f.plan().departments.first().id, period, path, &error));
    return testutil::readAll(path);
}

// Reads the form as the clerk takes it in; false when refused as a whole.
bool takeIn(testutil::DocumentFixture &f, const QByteArray &bytes, ReturnedForm *form, QString *error)
{
    const QString path = f.dir.filePath(QStringLiteral("back.xlsx"));
    REQUIRE(testutil::writeAll(path, bytes));
    return CollectionForms::readForm(*f.doc, path, form, error);
}

} // namespace

TEST_CASE("A return form lists the department's tasks and targets, and a filled one comes back as reports")
{
    testutil::DocumentFixture f;
    const PlanData &plan = f.plan();
    const Id dept = plan.departments.first().id;   // 区卫健委 leads every task of the small plan
    const QString path = f.dir.filePath(QStringLiteral("form.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*f.doc, dept, QStringLiteral("2026Q2"), path, &error));
    QList<QStringList> rows;
    REQUIRE(XlsxReader::readSheet(testutil::readAll(path), QStringLiteral("进展填报"), &rows, nullptr, &error));
    // Row 4 (index 3) is the first task; its targets follow.
    REQUIRE(rows.size() > 5);
    CHECK(rows.at(3).at(0).startsWith(QStringLiteral("T:")));
    CHECK(rows.at(3).at(2) == QStringLiteral("扩大签约覆盖面"));
    CHECK(rows.at(4).at(0).startsWith(QStringLiteral("G:")));
    CHECK(rows.at(4).at(3) == QStringLiteral("≥85%"));

    // The department fills in the first task and the actual of its first target.
    const QByteArray returned = filled(testutil::readAll(path), [](QString xml) {
        xml = setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        xml = setCell(xml, QStringLiteral("H4"), QStringLiteral("55"));
        xml = setCell(xml, QStringLiteral("J4"), QStringLiteral("签约团队已覆盖全部社区"));
        xml = setCell(xml, QStringLiteral("K4"), QStringLiteral("老年人续约意愿不高"));
        xml = setCell(xml, QStringLiteral("I5"), QStringLiteral("82.5"));
        return xml;
    });
    const QString back = f.dir.filePath(QStringLiteral("back.xlsx"));
    REQUIRE(testutil::writeAll(back, returned));
    ReturnedForm form;
    REQUIRE(CollectionForms::readForm(*f.doc, back, &form, &error));
    CHECK(form.period == QStringLiteral("2026Q2"));
    CHECK(form.departmentId == dept);
    QList<FormChange> changes = CollectionForms::changes(*f.doc, form, QDate(2026, 6, 30));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::New);
    CHECK(CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx")) == 1);
    const Id task = changes.first().entry.taskId;
    const ProgressReport *c = f.doc->reports().currentFor(task, QStringLiteral("2026Q2"));
    REQUIRE(c);
    CHECK(c->percent == 55.0);
    CHECK(c->status == TaskStatus::InProgress);
    CHECK(c->problems == QStringLiteral("老年人续约意愿不高"));
    CHECK(c->departmentId == dept);
    CHECK(c->actuals.value(plan.tasks.value(task).targets.first().id) == 82.5);

    // The same form again adds nothing.
    changes = CollectionForms::changes(*f.doc, form, QDate(2026, 6, 30));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::Unchanged);
    const int steps = f.stack()->count();
    CHECK(CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx")) == 0);
    CHECK(f.stack()->count() == steps);

    // A changed figure is a correction of the earlier report, and undo takes it back.
    const QByteArray again = filled(returned, [](QString xml) { return setCell(xml, QStringLiteral("H4"), QStringLiteral("60")); });
    REQUIRE(testutil::writeAll(back, again));
    REQUIRE(CollectionForms::readForm(*f.doc, back, &form, &error));
    changes = CollectionForms::changes(*f.doc, form, QDate(2026, 7, 2));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::Correction);
    CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx"));
    CHECK(f.doc->reports().currentFor(task, QStringLiteral("2026Q2"))->percent == 60.0);
    CHECK(f.doc->reports().entries.size() == 2);
    f.stack()->undo();
    CHECK(f.doc->reports().currentFor(task, QStringLiteral("2026Q2"))->percent == 55.0);
}

TEST_CASE("A form for another plan, or a workbook that is no form, is refused with a reason")
{
    testutil::DocumentFixture f;
    testutil::DocumentFixture other(QStringLiteral("other.aplan"));
    PlanInfo info = other.plan().info;
    info.title = QStringLiteral("另一个计划");
    other.stack()->push(new SetPlanInfoCommand(other.doc.get(), info));
    const QString path = f.dir.filePath(QStringLiteral("form.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*other.doc, other.plan().departments.first().id, QStringLiteral("2026Q2"), path, &error));
    ReturnedForm form;
    CHECK_FALSE(CollectionForms::readForm(*f.doc, path, &form, &error));
    CHECK(error.contains(QStringLiteral("another plan")));

    const QString plain = f.dir.filePath(QStringLiteral("plain.xlsx"));
    REQUIRE(testutil::writeAll(plain, testutil::makeZip({{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")}})));
    CHECK_FALSE(CollectionForms::readForm(*f.doc, plain, &form, &error));
    CHECK(error.contains(QStringLiteral("not a return form")));
}

TEST_CASE("Forms for a period go one per department that has tasks")
{
    testutil::DocumentFixture f;
    QString error;
    const QString dir = f.dir.filePath(QStringLiteral("forms"));
    const QStringList written = CollectionForms::writeForms(*f.doc, QStringLiteral("2026Q3"), dir, &error);
    CHECK(error.isEmpty());
    CHECK(written.size() == CollectionForms::departmentsWithTasks(f.plan()).size());
    CHECK(QDir(dir).entryList(QDir::Files).size() == written.size());
    for (const QString &p : written)
        CHECK(p.contains(QStringLiteral("2026Q3")));
}

TEST_CASE("Cells a form cannot take are each reported by sheet and cell, and nothing of that form is recorded")
{
    struct Case
    {
        const char *cell;
        const char *text;
    };
    // Percent complete (H), a target's actual (I) and the status (G) of the first task.
    const Case cases[] = {{"H4", "五十"}, {"H4", "-20"}, {"H4", "1e308"}, {"H4", "inf"}, {"H4", "NaN"},
                          {"H4", "1e400"}, {"H4", "101"}, {"I5", "五十"}, {"I5", "inf"}, {"I5", "1e400"},
                          {"I5", "nan"}, {"G4", "差不多"}};
    for (const Case &c : cases) {
        testutil::DocumentFixture f;
        const QString cell = QString::fromLatin1(c.cell), text = QString::fromUtf8(c.text);
        INFO(c.cell << " = " << c.text);
        const QByteArray bytes = filled(writtenForm(f), [&](QString xml) {
            xml = setCell(xml, QStringLiteral("J4"), QStringLiteral("已推进"));
            return setCell(xml, cell, text);
        });
        ReturnedForm form;
        QString error;
        REQUIRE(takeIn(f, bytes, &form, &error));
        REQUIRE(form.problems.size() == 1);
        CHECK(form.problems.first().describe().contains(cell));
        CHECK(form.problems.first().describe().contains(QStringLiteral("进展填报")));
        CHECK(form.problems.first().text == text);
    }
}

TEST_CASE("A task twice in a form is reported, not recorded as two conflicting reports")
{
    testutil::DocumentFixture f;
    const QByteArray form0 = writtenForm(f);
    QList<QStringList> rows;
    QString error;
    REQUIRE(XlsxReader::readSheet(form0, QStringLiteral("进展填报"), &rows, nullptr, &error));
    const QString key = rows.at(3).at(0);
    REQUIRE(key.startsWith(QStringLiteral("T:")));
    // The department copied the task's row over the row below it and filled in both.
    const QByteArray bytes = filled(form0, [&](QString xml) {
        xml = setCell(xml, QStringLiteral("A5"), key);
        xml = setCell(xml, QStringLiteral("H4"), QStringLiteral("40"));
        return setCell(xml, QStringLiteral("H5"), QStringLiteral("70"));
    });
    ReturnedForm form;
    REQUIRE(takeIn(f, bytes, &form, &error));
    REQUIRE(form.problems.size() == 1);
    CHECK(form.problems.first().describe().contains(QStringLiteral("A5")));
}

TEST_CASE("A form whose period is blank, of another year or locked is refused as a whole")
{
    testutil::DocumentFixture f;
    const QByteArray form0 = filled(writtenForm(f), [](QString xml) { return setCell(xml, QStringLiteral("H4"), QStringLiteral("50")); });
    // The hidden sheet holds the period in A3.
    for (const QString &period : {QString(), QStringLiteral("2099Q4"), QStringLiteral("2026Q9"), QStringLiteral("全年")}) {
        INFO(period.toStdString());
        const QByteArray bytes = filled(form0, [&](QString xml) { return setCell(xml, QStringLiteral("A3"), period); },
                                        QStringLiteral("xl/worksheets/sheet2.xml"));
        ReturnedForm form;
        QString error;
        CHECK_FALSE(takeIn(f, bytes, &form, &error));
        CHECK(!error.isEmpty());
    }
    f.stack()->push(new SetPeriodLockCommand(f.doc.get(), QStringLiteral("2026Q2"), true, QStringLiteral("已报送")));
    ReturnedForm form;
    QString error;
    CHECK_FALSE(takeIn(f, form0, &form, &error));
    CHECK(error.contains(QStringLiteral("locked")));
    CHECK(f.doc->reports().entries.isEmpty());
}

TEST_CASE("A form stays the plan's after the plan is edited, and a different file with the same year, title and ids refuses it")
{
    testutil::DocumentFixture f;
    const QByteArray bytes = filled(writtenForm(f), [](QString xml) { return setCell(xml, QStringLiteral("H4"), QStringLiteral("50")); });
    REQUIRE(!f.doc->planUid().isEmpty());
    // After the forms went out the clerk adds a task and retitles the plan.
    Task t;
    t.title = QStringLiteral("新增任务");
    const Id section = f.plan().sectionTasks.keys().first();
    f.stack()->push(new AddTaskCommand(f.doc.get(), section, 0, t));
    PlanInfo info = f.plan().info;
    info.title = QStringLiteral("2026年测试工作计划（修订）");
    f.stack()->push(new SetPlanInfoCommand(f.doc.get(), info));
    ReturnedForm form;
    QString error;
    INFO(error.toStdString());
    REQUIRE(takeIn(f, bytes, &form, &error));
    CHECK(form.problems.isEmpty());
    CHECK(CollectionForms::apply(f.doc.get(), CollectionForms::changes(*f.doc, form, QDate(2026, 6, 30)),
                                 QStringLiteral("back.xlsx")) == 1);

    // Another file made from the same content: same year, title and task ids, another plan.
    testutil::DocumentFixture twin(QStringLiteral("twin.aplan"));
    CHECK(twin.doc->planUid() != f.doc->planUid());
    const QString path = twin.dir.filePath(QStringLiteral("back.xlsx"));
    REQUIRE(testutil::writeAll(path, bytes));
    CHECK_FALSE(CollectionForms::readForm(*twin.doc, path, &form, &error));
    CHECK(error.contains(QStringLiteral("another plan")));
}

TEST_CASE("A sorted form keeps its targets' values, a target without its task's row is reported, and 0.55 is not taken for 55%")
{
    testutil::DocumentFixture f;
    const QByteArray form0 = writtenForm(f);
    QList<QStringList> rows;
    QString error;
    REQUIRE(XlsxReader::readSheet(form0, QStringLiteral("进展填报"), &rows, nullptr, &error));
    const QString taskKey = rows.at(3).at(0), targetKey = rows.at(4).at(0);
    REQUIRE(taskKey.startsWith(QStringLiteral("T:")));
    REQUIRE(targetKey.startsWith(QStringLiteral("G:")));
    // Sorted: the target's row comes before its task's (the keys swapped between rows 4 and 5).
    QByteArray bytes = filled(form0, [&](QString xml) {
        xml = setCell(xml, QStringLiteral("A4"), targetKey);
        xml = setCell(xml, QStringLiteral("A5"), taskKey);
        xml = setCell(xml, QStringLiteral("I4"), QStringLiteral("82"));
        return setCell(xml, QStringLiteral("H5"), QStringLiteral("40"));
    });
    ReturnedForm form;
    REQUIRE(takeIn(f, bytes, &form, &error));
    CHECK(form.problems.isEmpty());
    bool found = false;
    for (const FormEntry &e : form.entries)
        found = found || e.actuals.value(targetKey.split(QLatin1Char(':')).value(2).toLongLong()) == 82.0;
    CHECK(found);
    // The task's row deleted (its key blanked): the target's value is reported, not dropped.
    bytes = filled(form0, [&](QString xml) {
        xml = setCell(xml, QStringLiteral("A4"), QStringLiteral(" "));
        return setCell(xml, QStringLiteral("I5"), QStringLiteral("82"));
    });
    REQUIRE(takeIn(f, bytes, &form, &error));
    REQUIRE(form.problems.size() == 1);
    CHECK(form.problems.first().describe().contains(QStringLiteral("D5")));
    // 0.55 is what a percent cell holds for 55%.
    bytes = filled(form0, [](QString xml) { return setCell(xml, QStringLiteral("H4"), QStringLiteral("0.55")); });
    REQUIRE(takeIn(f, bytes, &form, &error));
    REQUIRE(form.problems.size() == 1);
    CHECK(form.problems.first().describe().contains(QStringLiteral("H4")));
}

TEST_CASE("A return form gives a target with steps one row: its steps planned, what is due by the period's end, one figure back")
{
    testutil::DocumentFixture f;
    const Id signing = f.withJuneStep();
    QList<QStringList> rows;
    QString error;
    REQUIRE(XlsxReader::readSheet(writtenForm(f, QStringLiteral("2026Q3")), QStringLiteral("进展填报"), &rows, nullptr, &error));
    REQUIRE(rows.size() > 5);
    CHECK(rows.at(4).at(2).trimmed() == QStringLiteral("重点人群签约率"));
    CHECK(rows.at(4).at(3) == QStringLiteral("≥80%(6月底)、85%"));
    // By the end of September the June step is due: the row says so (the year's 85% is not yet).
    CHECK(rows.at(4).at(4).contains(QStringLiteral("80%")));
    CHECK(rows.at(4).at(4).contains(QStringLiteral("2026-06-30")));
    // One figure for the indicator comes back for the period.
    const QByteArray returned = filled(writtenForm(f, QStringLiteral("2026Q3")), [](QString xml) {
        xml = setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        return setCell(xml, QStringLiteral("I5"), QStringLiteral("81"));
    });
    ReturnedForm form;
    REQUIRE(takeIn(f, returned, &form, &error));
    const QList<FormChange> changes = CollectionForms::changes(*f.doc, form, QDate(2026, 10, 8));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().report.actuals == QHash<Id, double>{{f.plan().tasks.value(signing).targets.at(0).id, 81}});
}

TEST_CASE("The year's last form asks each unit's self-assessment on its assessed tasks, and takes it back as its 自评")
{
    testutil::DocumentFixture f;
    const Id dept = f.plan().departments.first().id;
    Id assessed = 0;
    for (Id sid : f.plan().sectionsInOrder())
        for (Id tid : f.plan().sectionTasks.value(sid))
            if (!assessed)
                assessed = tid;
    AssessmentChange change;
    AssessmentItem item;
    item.points = 5;
    item.rule = ScoringRule::Done;
    change.items.insert(assessed, item);
    REQUIRE(f.doc->applyAssessment(change));
    CHECK_FALSE(CollectionForms::asksSelfAssessment(f.plan(), QStringLiteral("2026Q3")));
    REQUIRE(CollectionForms::asksSelfAssessment(f.plan(), QStringLiteral("2026Q4")));

    QString error;
    QList<QStringList> rows;
    const QByteArray form4 = writtenForm(f, QStringLiteral("2026Q4"));
    REQUIRE(XlsxReader::readSheet(form4, QStringLiteral("进展填报"), &rows, nullptr, &error));
    CHECK(rows.at(2).value(12) == QStringLiteral("Self-assessed points (自评分)"));
    REQUIRE(rows.at(3).value(0) == QStringLiteral("T:%1").arg(assessed));
    int nextTask = -1;
    for (int r = 4; r < rows.size() && nextTask < 0; ++r)
        if (rows.at(r).value(0).startsWith(QStringLiteral("T:")))
            nextTask = r;
    REQUIRE(nextTask > 0);

    SECTION("points and a note, without a progress report: recorded as the unit's 自评, one undo step")
    {
        const QByteArray back = filled(form4, [](QString xml) {
            xml = setCell(xml, QStringLiteral("M4"), QStringLiteral("４.5"));
            return setCell(xml, QStringLiteral("N4"), QStringLiteral("台账齐全"));
        });
        ReturnedForm form;
        REQUIRE(takeIn(f, back, &form, &error));
        REQUIRE(form.problems.isEmpty());
        const QList<FormChange> changes = CollectionForms::changes(*f.doc, form, QDate(2026, 12, 28));
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().kind == FormChange::Unchanged);
        REQUIRE(changes.first().mark);
        const int before = int(f.doc->reports().entries.size());
        CHECK(CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx")) == 1);
        CHECK(f.doc->reports().entries.size() == before);   // no report made of a 自评
        const AssessmentMark *mark = f.doc->reports().assessment.mark(assessed, dept);
        REQUIRE(mark);
        CHECK(mark->selfPoints == 4.5);
        CHECK(mark->selfNote == QStringLiteral("台账齐全"));
        CHECK(testutil::fileReports(*f.doc).assessment == f.doc->reports().assessment);
        // The same form again changes nothing.
        REQUIRE(takeIn(f, back, &form, &error));
        CHECK(CollectionForms::changes(*f.doc, form, QDate(2026, 12, 28)).isEmpty());
        f.stack()->undo();
        CHECK_FALSE(f.doc->reports().assessment.mark(assessed, dept));
    }
    SECTION("more than the task is worth, or a 自评 on a task not assessed: named by cell, nothing taken")
    {
        const QByteArray back = filled(form4, [&](QString xml) {
            xml = setCell(xml, QStringLiteral("M4"), QStringLiteral("9"));
            return setCell(xml, QStringLiteral("M%1").arg(nextTask + 1), QStringLiteral("2"));   // the next task's row
        });
        ReturnedForm form;
        REQUIRE(takeIn(f, back, &form, &error));
        QStringList where;
        for (const FormProblem &p : form.problems)
            where << p.describe();
        INFO(where.join(QLatin1Char('\n')).toStdString());
        CHECK(form.problems.size() == 2);
        CHECK(where.join(QLatin1Char('\n')).contains(QStringLiteral("M4")));
    }
}
