#include "document/commands.h"
#include "document/plancheck.h"
#include "document/rollforward.h"
#include "domain/targettext.h"
#include "print/planprinter.h"

#include "io/planjson.h"

#include "../support/testutil.h"

#include <QProcess>

using namespace ap;

TEST_CASE("Dates move on one year and the last day of a month stays the last day")
{
    CHECK(RollForward::nextYear(QDate(2025, 12, 31)) == QDate(2026, 12, 31));
    CHECK(RollForward::nextYear(QDate(2025, 6, 15)) == QDate(2026, 6, 15));
    CHECK(RollForward::nextYear(QDate(2024, 2, 29)) == QDate(2025, 2, 28));
    CHECK(RollForward::nextYear(QDate(2027, 2, 28)) == QDate(2028, 2, 29));
    CHECK(RollForward::nextYear(QDate(2027, 2, 27)) == QDate(2028, 2, 27));
    CHECK_FALSE(RollForward::nextYear(QDate()).isValid());
}

TEST_CASE("Rolling forward keeps the outline, moves dates and makes last year's targets the baselines")
{
    const PlanData last = testutil::smallPlan();
    QList<YearReplacement> proposals;
    const PlanData next = RollForward::build(last, RollForwardOptions{}, &proposals);
    CHECK(next.info.year == 2027);
    CHECK_FALSE(next.info.documentDate.isValid());
    CHECK(next.sectionsInOrder().size() == last.sectionsInOrder().size());
    CHECK(next.departments == last.departments);
    const Task &t = next.tasks.value(100);
    CHECK(t.deadline == QDate(2027, 12, 31));
    CHECK(t.start == QDate(2027, 1, 1));
    REQUIRE(t.targets.size() == 2);
    CHECK(t.targets[0].value == 85.0);
    CHECK(t.targets[0].baseline == 85.0);
    CHECK(t.targets[0].baselineYear == 2026);
    CHECK(t.targets[0].id == 0);
    CHECK(next.tasks.value(102).targets[0].due == QDate(2027, 9, 30));
    // "2026年测试工作计划": the plan title names the year once.
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].field == YearReplacement::PlanTitle);

    RollForwardOptions clear;
    clear.keepTargetValues = false;
    clear.year = 2028;
    const PlanData cleared = RollForward::build(last, clear, nullptr);
    CHECK(cleared.info.year == 2028);
    CHECK_FALSE(cleared.tasks.value(100).targets[0].value.has_value());
    CHECK(cleared.tasks.value(100).targets[0].baseline == 85.0);
}

TEST_CASE("Rolling forward keeps the notice's senders and receivers and drops last year's number, date and words")
{
    PlanData last = testutil::smallPlan();
    last.info.notice = IssueNotice{true, QStringLiteral("测试区卫生健康委员会文件"), QStringLiteral("测卫发〔2026〕9号"),
                                   QStringLiteral("各单位"), QStringLiteral("现将2026年计划印发给你们。"), QStringLiteral("区政府办"),
                                   QStringLiteral("办公室"), QDate(2026, 1, 16)};
    QList<YearReplacement> proposals;
    const IssueNotice next = RollForward::build(last, RollForwardOptions{}, &proposals).info.notice;
    CHECK(next.enabled);
    CHECK(next.issuerMark == last.info.notice.issuerMark);
    CHECK(next.addressees == last.info.notice.addressees);
    CHECK(next.copiesTo == last.info.notice.copiesTo);
    CHECK(next.printedBy == last.info.notice.printedBy);
    CHECK(next.number.isEmpty());
    CHECK(next.text.isEmpty());
    CHECK_FALSE(next.printDate.isValid());
}

TEST_CASE("Rolling forward carries the assessment scheme, every task's points and rule, and publishes nothing")
{
    PlanData last = testutil::smallPlan();
    AssessmentItem item;
    item.points = 8;
    item.rule = ScoringRule::Deduction;
    item.step = 2;
    item.deduct = 0.5;
    item.cap = 4;
    const Id task = last.tasks.begin().key();
    last.tasks[task].assessment = item;
    last.assessment.extras = {{3, AssessmentExtra::Kind::Veto, QStringLiteral("发生重大安全事故"), 0, 0}};
    last.assessment.tiers = AssessmentScheme::defaultTiers();
    last.assessment.published = true;
    const PlanData next = RollForward::build(last, RollForwardOptions{}, nullptr);
    REQUIRE(next.tasks.contains(task));
    CHECK(next.tasks.value(task).assessment == item);
    CHECK(next.assessment.extras == last.assessment.extras);
    CHECK(next.assessment.tiers == last.assessment.tiers);
    CHECK_FALSE(next.assessment.published);
    // Written as a new plan file, the scheme is there, its items given new ids.
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("next.aplan")), next, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    int assessed = 0;
    for (const Task &t : doc->plan().tasks)
        assessed += t.assessment == item ? 1 : 0;
    CHECK(assessed == 1);
    REQUIRE(doc->plan().assessment.extras.size() == 1);
    CHECK(doc->plan().assessment.extras.at(0).title == QStringLiteral("发生重大安全事故"));
    CHECK_FALSE(doc->plan().assessment.published);
}

TEST_CASE("Each mention of the old year is a proposal that can be declined on its own")
{
    PlanData last = testutil::smallPlan();
    last.tasks[100].description = QStringLiteral("到2026年底覆盖全区，较20261项多（2026年为基数）");
    QList<YearReplacement> proposals;
    PlanData next = RollForward::build(last, RollForwardOptions{}, &proposals);
    QList<YearReplacement> forTask;
    for (const YearReplacement &r : proposals)
        if (r.field == YearReplacement::TaskDescription)
            forTask << r;
    REQUIRE(forTask.size() == 2);  // "20261项" is no year
    for (YearReplacement &r : proposals)
        if (r.field == YearReplacement::TaskDescription && r.position > 10)
            r.accepted = false;
    RollForward::applyReplacements(&next, 2026, proposals);
    CHECK(next.tasks.value(100).description == QStringLiteral("到2027年底覆盖全区，较20261项多（2026年为基数）"));
    CHECK(next.info.title == QStringLiteral("2027年测试工作计划"));
}

TEST_CASE("The command line rolls a plan file forward without touching it")
{
    testutil::DocumentFixture f;
    const QString last = f.doc->filePath();
    f.doc.reset();  // closed, as last year's file would be
    const QByteArray before = testutil::sha256(last);
    const QString next = f.dir.filePath(QStringLiteral("2027.aplan"));
    QProcess p;
    p.start(QStringLiteral(ANNUALPLAN_BINARY),
            {QStringLiteral("rollforward"), last, QStringLiteral("-o"), next, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("2027 plan started from the 2026 plan")));
    CHECK(testutil::sha256(last) == before);
    auto doc = PlanDocument::open(next, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    CHECK(doc->plan().info.year == 2027);
    CHECK(doc->plan().info.title == QStringLiteral("2027年测试工作计划"));
    CHECK(doc->plan().tasks.size() == 3);
    // An existing file is never overwritten.
    p.start(QStringLiteral(ANNUALPLAN_BINARY), {QStringLiteral("rollforward"), last, QStringLiteral("-o"), next});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 2);
}

TEST_CASE("Last year's reports give baselines from actuals, mark unfinished work 延续 and can drop completed one-offs")
{
    testutil::DocumentFixture f;
    const PlanData plan = f.plan();
    // Task 100: in progress, reported an actual for its first target. Task 101 (deadline
    // 30 June): reported done. The other tasks: never reported.
    Id inProgress = 0, done = 0;
    for (const Task &t : plan.tasks) {
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            inProgress = t.id;
        if (t.title == QStringLiteral("健康档案更新"))
            done = t.id;
    }
    REQUIRE(inProgress);
    REQUIRE(done);
    const Target firstTarget = plan.tasks.value(inProgress).targets.first();
    ProgressReport a;
    a.taskId = inProgress;
    a.period = QStringLiteral("2026Q4");
    a.status = TaskStatus::InProgress;
    a.percent = 90;
    a.yearEnd = true;   // the year's final value (年终实绩)
    a.actuals.insert(firstTarget.id, 83.5);
    f.stack()->push(new AddReportCommand(f.doc.get(), a));
    ProgressReport b;
    b.taskId = done;
    b.period = QStringLiteral("2026Q2");
    b.status = TaskStatus::Done;
    f.stack()->push(new AddReportCommand(f.doc.get(), b));
    const QString lastPath = f.doc->filePath();
    f.doc.reset();   // closed, as last year's file is when next year's plan is started
    const QByteArray lastSum = testutil::sha256(lastPath);

    RollForwardOptions options;
    options.dropCompletedOneOff = true;
    const QString newPath = QFileInfo(lastPath).absoluteDir().filePath(QStringLiteral("next.aplan"));
    QString summary, error;
    REQUIRE(RollForward::run(PlanLocation::file(lastPath), newPath, options, true, &summary, &error));
    CHECK(testutil::sha256(lastPath) == lastSum);
    CHECK(summary.contains(QStringLiteral("1 from last year's final values")));
    CHECK(summary.contains(QStringLiteral("1 unfinished tasks marked 延续")));
    CHECK(summary.contains(QStringLiteral("1 completed one-off tasks left out")));

    auto next = PlanDocument::open(newPath, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(next);
    CHECK(next->plan().tasks.size() == plan.tasks.size() - 1);
    bool sawCarried = false;
    for (const Task &t : next->plan().tasks) {
        CHECK(t.title != QStringLiteral("健康档案更新"));
        if (t.title == QStringLiteral("扩大签约覆盖面")) {
            sawCarried = true;
            CHECK(t.notes.startsWith(RollForward::carriedNote(2026)));
            REQUIRE(t.targets.size() == 2);
            CHECK(t.targets.at(0).baseline == 83.5);           // last year's final value
            CHECK(t.targets.at(0).baselineYear == 2026);
            CHECK(t.targets.at(0).baselineSource == BaselineSource::LastYearActual);
            CHECK(t.targets.at(1).baseline == 0.5);            // no actual: last year's target
            CHECK(t.targets.at(1).baselineSource == BaselineSource::LastYearTarget);
            // Printed, the result is a result and the target a target; or the target left out.
            const QString text = PlanPrinter::taskText(*next, t.id);
            CHECK(text.contains(QStringLiteral("（2026年为83.5%）")));
            CHECK(text.contains(QStringLiteral("（2026年目标为0.5%）")));
            CHECK_FALSE(text.contains(QStringLiteral("（2026年为0.5%）")));
            const QString bare = PlanPrinter::taskText(*next, t.id, BaselineWording::LeaveOutTargets);
            CHECK(bare.contains(QStringLiteral("（2026年为83.5%）")));
            CHECK_FALSE(bare.contains(QStringLiteral("0.5%）")));
            // And Plan Checks ask for last year's actual where only the target stands.
            int onlyTargets = 0;
            for (const PlanFinding &finding : PlanCheck::run(*next))
                onlyTargets += finding.kind == PlanFinding::BaselineOnlyLastTarget && finding.taskId == t.id;
            CHECK(onlyTargets == 1);
        }
    }
    CHECK(sawCarried);
    CHECK(next->reports().entries.isEmpty());   // a new year starts with no reports
}

TEST_CASE("A baseline's source survives the file, plan JSON and a typed correction")
{
    testutil::DocumentFixture f;
    const Id task = f.task(f.childSection(f.topSection(0), 0), 0);
    Task t = f.plan().tasks.value(task);
    REQUIRE_FALSE(t.targets.isEmpty());
    t.targets[0].baseline = 80;
    t.targets[0].baselineYear = 2025;
    t.targets[0].baselineSource = BaselineSource::LastYearTarget;
    f.stack()->push(new EditTaskCommand(f.doc.get(), t));
    CHECK(testutil::fileState(*f.doc).tasks.value(task).targets.at(0).baselineSource == BaselineSource::LastYearTarget);
    PlanData back;
    QString error;
    REQUIRE(PlanJson::read(PlanJson::write(f.plan()), &back, &error));
    bool found = false;
    for (const Task &bt : back.tasks)
        for (const Target &target : bt.targets)
            found = found || target.baselineSource == BaselineSource::LastYearTarget;
    CHECK(found);
    f.stack()->undo();
    CHECK(testutil::fileState(*f.doc).tasks.value(task).targets.at(0).baselineSource == BaselineSource::Given);
}

namespace {

// Last year's plan with one report for the second quarter: 83.2% for 重点人群签约率 and 0.4% for
// 投诉率, no year-end value, in progress.
struct HalfYearReported
{
    testutil::DocumentFixture f;
    Id task = 0;
    Target rate, complaints;

    HalfYearReported()
    {
        for (const Task &t : f.plan().tasks)
            if (t.title == QStringLiteral("扩大签约覆盖面"))
                task = t.id;
        REQUIRE(task);
        rate = f.plan().tasks.value(task).targets.at(0);
        complaints = f.plan().tasks.value(task).targets.at(1);
        ProgressReport q2;
        q2.taskId = task;
        q2.period = QStringLiteral("2026Q2");
        q2.status = TaskStatus::InProgress;
        q2.actuals = {{rate.id, 83.2}, {complaints.id, 0.4}};
        f.stack()->push(new AddReportCommand(f.doc.get(), q2));
    }
    QString printed(const RollForwardOptions &options)
    {
        PlanData next = RollForward::build(f.plan(), f.doc->reports(), options, nullptr);
        QTemporaryDir dir;
        auto doc = PlanDocument::create(dir.filePath(QStringLiteral("next.aplan")), next, nullptr);
        REQUIRE(doc);
        for (const Task &t : doc->plan().tasks)
            if (t.title == QStringLiteral("扩大签约覆盖面"))
                return PlanPrinter::taskText(*doc, t.id);
        return QString();
    }
};

} // namespace

TEST_CASE("A mid-year figure is never printed as last year's result: the period is named, or last year's target, or none")
{
    HalfYearReported last;
    // What the clerk reviews: both targets, their figure and period, and what each choice prints.
    const QList<BaselineReview> review = RollForward::review(last.f.plan(), last.f.doc->reports());
    REQUIRE(review.size() == 2);
    CHECK(review.at(0).targetId == last.rate.id);
    CHECK(review.at(0).figure == 83.2);
    CHECK(review.at(0).period == QStringLiteral("2026Q2"));
    CHECK(review.at(0).choice == BaselineChoice::PeriodFigure);
    CHECK(RollForward::choiceWords(review.at(0), BaselineChoice::PeriodFigure, 2026) == QStringLiteral("（2026年上半年为83.2%）"));
    CHECK(RollForward::choiceWords(review.at(0), BaselineChoice::LastYearTarget, 2026) == QStringLiteral("（2026年目标为85%）"));
    CHECK(RollForward::choiceWords(review.at(0), BaselineChoice::NoBaseline, 2026).isEmpty());

    // By default the figure, its period named.
    const QString byDefault = last.printed(RollForwardOptions());
    CHECK(byDefault.contains(QStringLiteral("重点人群签约率提升至85%（2026年上半年为83.2%）")));
    CHECK(byDefault.contains(QStringLiteral("（2026年上半年为0.4%）")));
    CHECK_FALSE(byDefault.contains(QStringLiteral("（2026年为")));
    // Chosen: last year's target, said to be one; or nothing.
    RollForwardOptions options;
    options.baselineChoices = {{last.rate.id, BaselineChoice::LastYearTarget}, {last.complaints.id, BaselineChoice::NoBaseline}};
    const QString chosen = last.printed(options);
    CHECK(chosen.contains(QStringLiteral("（2026年目标为85%）")));
    CHECK_FALSE(chosen.contains(QStringLiteral("0.4%")));
    CHECK_FALSE(chosen.contains(QStringLiteral("（2026年为")));
    // The choices go through JSON as the command line takes them.
    QHash<Id, BaselineChoice> read;
    QString error;
    QList<BaselineReview> edited = review;
    edited[1].choice = BaselineChoice::NoBaseline;
    REQUIRE(RollForward::readChoices(RollForward::reviewJson(edited, 2026), &read, &error));
    CHECK(read == QHash<Id, BaselineChoice>{{last.rate.id, BaselineChoice::PeriodFigure}, {last.complaints.id, BaselineChoice::NoBaseline}});
    CHECK_FALSE(RollForward::readChoices("[{\"target_id\": 1, \"choice\": \"maybe\"}]", &read, &error));
    CHECK(error.contains(QStringLiteral("maybe")));
    // A year-end value needs no review: it is the year's result.
    ProgressReport final;
    final.taskId = last.task;
    final.period = QStringLiteral("2026Q4");
    final.yearEnd = true;
    final.actuals = {{last.rate.id, 86}};
    last.f.stack()->push(new AddReportCommand(last.f.doc.get(), final));
    CHECK(RollForward::review(last.f.plan(), last.f.doc->reports()).size() == 1);
    CHECK(last.printed(RollForwardOptions()).contains(QStringLiteral("（2026年为86%）")));
}

TEST_CASE("Period figures are named by their period: a quarter, the half year, up to a month, or a day")
{
    CHECK(periodBaselineWords(QStringLiteral("2026Q1")) == QStringLiteral("2026年一季度"));
    CHECK(periodBaselineWords(QStringLiteral("2026Q2")) == QStringLiteral("2026年上半年"));
    CHECK(periodBaselineWords(QStringLiteral("2026Q3")) == QStringLiteral("截至2026年9月"));
    CHECK(periodBaselineWords(QStringLiteral("2026Q4")) == QStringLiteral("截至2026年12月"));
    CHECK(periodBaselineWords(QStringLiteral("2026-09")) == QStringLiteral("截至2026年9月"));
    CHECK(periodBaselineWords(QStringLiteral("2026-09-15")) == QStringLiteral("截至2026年9月15日"));
}

TEST_CASE("The carried-over note keeps last year's year when the old year is replaced everywhere else")
{
    HalfYearReported last;
    QList<YearReplacement> proposals;
    PlanData next = RollForward::build(last.f.plan(), last.f.doc->reports(), RollForwardOptions(), &proposals);
    for (const YearReplacement &r : proposals)
        CHECK(!(r.field == YearReplacement::TaskNotes && r.id == last.task && r.position < RollForward::carriedNote(2026).size()));
    RollForward::applyReplacements(&next, 2026, proposals);
    CHECK(next.tasks.value(last.task).notes.startsWith(RollForward::carriedNote(2026)));
}

TEST_CASE("A target with steps rolls forward as one indicator: its steps a year on, one baseline from its final value")
{
    testutil::DocumentFixture f;
    Id taskId = 0;
    for (const Task &t : f.plan().tasks)
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            taskId = t.id;
    Task task = f.plan().tasks.value(taskId);
    Target centres;
    centres.indicator = QStringLiteral("完成改造的中心");
    centres.unit = QStringLiteral("家");
    centres.value = 10;
    centres.milestones = {{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}};
    task.targets = {centres};
    f.stack()->push(new EditTaskCommand(f.doc.get(), task));
    const Id target = f.plan().tasks.value(taskId).targets.first().id;
    ProgressReport q3;
    q3.taskId = taskId;
    q3.period = QStringLiteral("2026Q3");
    q3.actuals = {{target, 2}};
    f.stack()->push(new AddReportCommand(f.doc.get(), q3));
    ProgressReport year;
    year.taskId = taskId;
    year.period = QStringLiteral("2026Q4");
    year.yearEnd = true;
    year.actuals = {{target, 9}};
    f.stack()->push(new AddReportCommand(f.doc.get(), year));
    const PlanData next = RollForward::build(f.plan(), f.doc->reports(), RollForwardOptions(), nullptr);
    const Target rolled = next.tasks.value(taskId).targets.first();
    CHECK(rolled.milestones == QList<TargetStep>{{3.0, QDate(2027, 6, 30)}, {6.0, QDate(2027, 9, 30)}});
    CHECK(rolled.baseline == 9.0);
    CHECK(rolled.baselineSource == BaselineSource::LastYearActual);
    CHECK(targetProse(rolled) == QStringLiteral("到2027年6月底、9月底、年底，完成改造的中心分别达到3家以上、6家以上、10家以上（2026年为9家）"));
}
