#include "domain/datetext.h"
#include "domain/numbering.h"
#include "domain/plan.h"
#include "domain/planrights.h"
#include "domain/targettext.h"
#include "domain/targetsteps.h"

#include "../support/testutil.h"

#include <utility>

using namespace ap;

TEST_CASE("Chinese numerals read as they are written in headings")
{
    CHECK(chineseNumeral(1) == QStringLiteral("一"));
    CHECK(chineseNumeral(9) == QStringLiteral("九"));
    CHECK(chineseNumeral(10) == QStringLiteral("十"));
    CHECK(chineseNumeral(11) == QStringLiteral("十一"));
    CHECK(chineseNumeral(19) == QStringLiteral("十九"));
    CHECK(chineseNumeral(20) == QStringLiteral("二十"));
    CHECK(chineseNumeral(21) == QStringLiteral("二十一"));
    CHECK(chineseNumeral(90) == QStringLiteral("九十"));
    CHECK(chineseNumeral(99) == QStringLiteral("九十九"));
    CHECK(chineseNumeral(100) == QStringLiteral("一百"));
    CHECK(chineseNumeral(101) == QStringLiteral("一百零一"));
    CHECK(chineseNumeral(110) == QStringLiteral("一百一十"));
    CHECK(chineseNumeral(1005) == QStringLiteral("一千零五"));
}

TEST_CASE("Outline labels follow the official-document pattern for each level")
{
    CHECK(outlineLabel(1, 1) == QStringLiteral("一、"));
    CHECK(outlineLabel(1, 12) == QStringLiteral("十二、"));
    CHECK(outlineLabel(2, 3) == QStringLiteral("（三）"));
    CHECK(outlineLabel(2, 10) == QStringLiteral("（十）"));
    CHECK(outlineLabel(3, 4) == QStringLiteral("4."));
    CHECK(outlineLabel(4, 2) == QStringLiteral("（2）"));
    CHECK(outlineLabel(5, 1) == QStringLiteral("①"));
    CHECK(outlineLabel(5, 20) == QStringLiteral("⑳"));
    CHECK(outlineLabel(6, 21) == QStringLiteral("㉑"));
    CHECK(outlineLabel(5, 50) == QStringLiteral("㊿"));
    CHECK(outlineLabel(5, 51) == QStringLiteral("(51)"));
}

TEST_CASE("Every label from 1 to 99 at level 1 is distinct and ends with 、")
{
    QStringList seen;
    for (int i = 1; i <= 99; ++i) {
        const QString l = outlineLabel(1, i);
        CHECK(l.endsWith(QStringLiteral("、")));
        CHECK_FALSE(seen.contains(l));
        seen << l;
    }
}

TEST_CASE("Target operators convert between symbols and display forms")
{
    for (TargetOp op : {TargetOp::AtLeast, TargetOp::AtMost, TargetOp::Equal, TargetOp::Above, TargetOp::Below}) {
        CHECK(opFromSymbol(opSymbol(op)) == op);
        CHECK(opFromSymbol(opDisplay(op)) == op);
        // As a plan file holds them (UTF-8), and with spaces around.
        const QByteArray utf8 = opDisplay(op).toUtf8();
        CHECK(opFromSymbol(QUtf8StringView(utf8)) == op);
        const QByteArray spaced = " " + opSymbol(op).toUtf8() + "\t";
        CHECK(opFromSymbol(QUtf8StringView(spaced)) == op);
        CHECK(opFromSymbol(QStringLiteral("  ") + opDisplay(op)) == op);
    }
    CHECK_FALSE(opFromSymbol(QStringLiteral("~")).has_value());
    CHECK_FALSE(opFromSymbol(QStringLiteral("  ")).has_value());
    CHECK_FALSE(opFromSymbol(QString()).has_value());
    CHECK_FALSE(opFromSymbol(QUtf8StringView("> =")).has_value());
}

TEST_CASE("A target's measure and its baseline's source are read from their keys, as a view or a string")
{
    for (TargetMeasure m : {TargetMeasure::ByUnit, TargetMeasure::Level, TargetMeasure::Cumulative, TargetMeasure::Steady}) {
        const QByteArray utf8 = measureKey(m).toUtf8();
        CHECK(measureFromKey(QUtf8StringView(utf8)) == m);
        CHECK(measureFromKey(measureKey(m)) == m);
    }
    CHECK(measureFromKey(QString()) == TargetMeasure::ByUnit);
    CHECK_FALSE(measureFromKey(QUtf8StringView("Level")).has_value());
    for (BaselineSource b : {BaselineSource::Given, BaselineSource::LastYearActual, BaselineSource::LastYearTarget,
                             BaselineSource::LastYearPeriod}) {
        const QByteArray utf8 = baselineSourceKey(b).toUtf8();
        CHECK(baselineSourceFromKey(QUtf8StringView(utf8)) == b);
        CHECK(baselineSourceFromKey(baselineSourceKey(b)) == b);
    }
    CHECK(baselineSourceFromKey(QUtf8StringView("Actual")) == BaselineSource::Given);
}

TEST_CASE("Numbers print without trailing zeros or exponents")
{
    CHECK(formatNumber(85) == QStringLiteral("85"));
    CHECK(formatNumber(99.5) == QStringLiteral("99.5"));
    CHECK(formatNumber(0.1) == QStringLiteral("0.1"));
    CHECK(formatNumber(15000000) == QStringLiteral("15000000"));
    CHECK(formatNumber(-0.0) == QStringLiteral("0"));
}

TEST_CASE("A target summary names indicator, comparison, value, baseline and due date")
{
    Target t;
    t.indicator = QStringLiteral("签约率");
    t.value = 85;
    t.unit = QStringLiteral("%");
    t.baseline = 80;
    t.baselineYear = 2025;
    t.due = QDate(2026, 6, 30);
    const QString s = targetSummary(t);
    CHECK(s.startsWith(QStringLiteral("签约率 ≥ 85%")));
    CHECK(s.contains(QStringLiteral("2025")));
    CHECK(s.contains(QStringLiteral("80%")));
    CHECK(s.contains(QStringLiteral("2026-06-30")));
}

TEST_CASE("Plan data answers depth, row and subtree questions from its order lists")
{
    const PlanData p = testutil::smallPlan();
    CHECK(p.sectionDepth(10) == 1);
    CHECK(p.sectionDepth(12) == 2);
    CHECK(p.sectionRow(12) == 1);
    CHECK(p.sectionRow(13) == 1);
    CHECK(p.sectionSubtree(10) == QList<Id>{10, 11, 12});
    CHECK(p.sectionsInOrder() == QList<Id>{10, 11, 12, 13});
    CHECK(p.targetCount() == 3);
    REQUIRE(p.departmentByName(QStringLiteral(" 区财政局 ")) != nullptr);
    CHECK(p.departmentByName(QStringLiteral("区财政局"))->id == 2);
    CHECK(p.tasks.value(100).departmentIds(DepartmentRole::Support) == QList<Id>{2});
    CHECK(p.tasks.value(100).hasDepartment(2, DepartmentRole::Support));
    CHECK_FALSE(p.tasks.value(100).hasDepartment(2, DepartmentRole::Lead));
    CHECK_FALSE(p.tasks.value(100).hasDepartment(99, DepartmentRole::Support));
}

TEST_CASE("Targets read as the printed plan words them, baseline and milestone included")
{
    Target t;
    t.indicator = QStringLiteral("家庭医生签约率");
    t.value = 85;
    t.unit = QStringLiteral("%");
    t.baseline = 80;
    t.baselineYear = 2025;
    CHECK(targetProse(t) == QStringLiteral("家庭医生签约率提升至85%（2025年为80%）"));
    t.baseline.reset();
    t.baselineYear.reset();
    CHECK(targetProse(t) == QStringLiteral("家庭医生签约率不低于85%"));
    t.unit = QStringLiteral("人次");
    t.value = 2000;
    t.indicator = QStringLiteral("专家下沉坐诊");
    CHECK(targetProse(t) == QStringLiteral("专家下沉坐诊达到2000人次以上"));
    t.indicator = QStringLiteral("投诉率");
    t.op = TargetOp::AtMost;
    t.value = 0.5;
    t.unit = QStringLiteral("%");
    CHECK(targetProse(t) == QStringLiteral("投诉率控制在0.5%以内"));
    t.baseline = 1.2;
    t.baselineYear = 2025;
    CHECK(targetProse(t) == QStringLiteral("投诉率降至0.5%以下（2025年为1.2%）"));
    Target m;
    m.indicator = QStringLiteral("示范机构");
    m.value = 5;
    m.unit = QStringLiteral("个");
    m.due = QDate(2026, 6, 30);
    Target n = m;
    n.value = 10;
    n.due = QDate(2026, 12, 31);
    CHECK(targetsProse({m, n}) == QStringLiteral("到2026年6月底示范机构达到5个以上，到2026年底示范机构达到10个以上"));
    Target noValue;
    noValue.indicator = QStringLiteral("全覆盖");
    CHECK(targetProse(noValue) == QStringLiteral("全覆盖"));
}

TEST_CASE("Dates are read in every form a clerk types them, and words that are no date give none")
{
    using ap::datetext::parse;
    const QDate june30(2027, 6, 30);
    for (const char *text : {"2027-06-30", "2027/6/30", "2027.6.30", "20270630", "2027年6月30日", "２０２７年６月３０日",
                             " 2027 - 06 - 30 ", "2027年6月30日前", "2027年6月", "2027年6月底", "2027-06", "6月底", "6月末",
                             "6月30日", "6/30", "6-30", "6月", "上半年", "2027年上半年", "二季度末", "第2季度"})
        CHECK(parse(QString::fromUtf8(text), 2027) == june30);
    CHECK(parse(QStringLiteral("年底"), 2027) == QDate(2027, 12, 31));
    CHECK(parse(QStringLiteral("2028年底"), 2027) == QDate(2028, 12, 31));
    CHECK(parse(QStringLiteral("下半年"), 2027) == QDate(2027, 12, 31));
    CHECK(parse(QStringLiteral("2月底"), 2028) == QDate(2028, 2, 29));
    CHECK(parse(QStringLiteral("一季度"), 2027) == QDate(2027, 3, 31));
    for (const char *text : {"", "明天", "2027-02-30", "2027-13-01", "13月底", "20271301", "abc", "6月35日", "底"})
        CHECK_FALSE(parse(QString::fromUtf8(text), 2027).isValid());
    CHECK(ap::datetext::display(june30) == QStringLiteral("2027-06-30"));
    CHECK(ap::datetext::spoken(june30) == QStringLiteral("2027年6月30日"));
}

TEST_CASE("A date among other words of a table cell is found, and the whole cell is read first as a typed date")
{
    using ap::datetext::parseWithin;
    CHECK(parseWithin(QStringLiteral("2026-06-30"), 2026) == QDate(2026, 6, 30));
    CHECK(parseWithin(QStringLiteral("2026/6/3"), 2026) == QDate(2026, 6, 3));
    CHECK(parseWithin(QStringLiteral("2026年9月底"), 2026) == QDate(2026, 9, 30));
    CHECK(parseWithin(QStringLiteral("2026年底"), 2026) == QDate(2026, 12, 31));
    CHECK(parseWithin(QStringLiteral("2月底"), 2028) == QDate(2028, 2, 29));
    CHECK(parseWithin(QStringLiteral("上半年"), 2026) == QDate(2026, 6, 30));   // as typed into a cell
    CHECK(parseWithin(QStringLiteral("全年"), 2026) == QDate(2026, 12, 31));
    CHECK(parseWithin(QStringLiteral("2026年6月30日前完成"), 2026) == QDate(2026, 6, 30));
    CHECK(parseWithin(QStringLiteral("于2027年底前建成"), 2026) == QDate(2027, 12, 31));
    CHECK(parseWithin(QStringLiteral("9月份启动，持续推进"), 2026) == QDate(2026, 9, 30));
    for (const char *text : {"", "长期坚持", "持续推进", "按上级要求"})
        CHECK_FALSE(parseWithin(QString::fromUtf8(text), 2026).isValid());
}

TEST_CASE("A target the task's own words state already is not worded again")
{
    Target rate;
    rate.indicator = QStringLiteral("整改完成率");
    rate.op = TargetOp::AtLeast;
    rate.value = 95;
    rate.unit = QStringLiteral("%");
    Target count;
    count.indicator = QStringLiteral("新建村卫生室");
    count.value = 3;
    count.unit = QString();
    const QString text = QStringLiteral("开展医疗质量专项整治，问题整改完成率达到95%以上，新建村卫生室3个。");
    CHECK(targetStatedIn(rate, text));
    CHECK(targetStatedIn(count, text));             // no unit: indicator and amount both there
    CHECK_FALSE(targetStatedIn(rate, QStringLiteral("开展医疗质量专项整治。")));
    count.indicator = QStringLiteral("培训人次");
    CHECK_FALSE(targetStatedIn(count, text));       // a bare 3 alone states nothing
    rate.value = 90;
    CHECK_FALSE(targetStatedIn(rate, text));        // another amount is another target
    rate.value = 95;
    CHECK(targetsProseBeyond({rate, count}, text) == targetProse(count));
    CHECK(targetsProseBeyond({rate}, text).isEmpty());
}

TEST_CASE("Rights: a plan file allows all or nothing, a reporter reports only on the tasks its department leads or supports")
{
    Task led, supported, other;
    led.assignments = {{7, DepartmentRole::Lead}};
    supported.assignments = {{3, DepartmentRole::Lead}, {7, DepartmentRole::Support}};
    other.assignments = {{3, DepartmentRole::Lead}};

    const PlanRights writable = PlanRights::ofFile(false);
    CHECK(writable.editPlan);
    CHECK(writable.addReports);
    CHECK_FALSE(writable.owner);
    CHECK(writable.reportingDepartment == 0);
    CHECK(writable.mayReportOn(other));

    const PlanRights readOnly = PlanRights::ofFile(true);
    CHECK_FALSE(readOnly.editPlan);
    CHECK_FALSE(readOnly.addReports);
    CHECK_FALSE(readOnly.mayReportOn(led));

    PlanRights reporter;
    reporter.addReports = true;
    reporter.reportingDepartment = 7;
    CHECK(reporter.mayReportOn(led));
    CHECK(reporter.mayReportOn(supported));
    CHECK_FALSE(reporter.mayReportOn(other));

    PlanRights noDepartment;
    noDepartment.addReports = true;
    CHECK_FALSE(noDepartment.mayReportOn(led));
}

TEST_CASE("A target with steps is typed, written and printed as one indicator with its dates")
{
    // Typed as the clerk writes it, with or without the comparison.
    for (const QString &typed : {QStringLiteral("社区中心标准化改造 3家(6月底)、6家(9月底)、10家(年底)"),
                                 QStringLiteral("社区中心标准化改造≥3家（6月底），6家（9月底），10家（年底）")}) {
        INFO(typed.toStdString());
        const QList<Target> parsed = parseTargets(typed, 2026);
        REQUIRE(parsed.size() == 1);
        const Target &t = parsed.first();
        CHECK(t.indicator == QStringLiteral("社区中心标准化改造"));
        CHECK(t.op == TargetOp::AtLeast);
        CHECK(t.unit == QStringLiteral("家"));
        CHECK(t.value == 10.0);
        CHECK(t.due == QDate(2026, 12, 31));
        CHECK(t.milestones == QList<TargetStep>{{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}});
    }
    // Written back in the same grammar, and read again to the same target.
    Target t = parseTargets(QStringLiteral("社区中心标准化改造 3家(6月底)、6家(9月底)、10家(年底)"), 2026).first();
    CHECK(targetsText({t}, 2026) == QStringLiteral("社区中心标准化改造≥3家(6月底)、6家(9月底)、10家(年底)"));
    CHECK(parseTargets(targetsText({t}, 2026), 2026).first() == t);
    // Another year's dates are written in full and read back the same.
    CHECK(parseTargets(targetsText({t}, 2027), 2027).first() == t);
    // A plain target and one with a date of its own.
    CHECK(parseTargets(QStringLiteral("签约率≥85%"), 2026).first().milestones.isEmpty());
    const Target trained = parseTargets(QStringLiteral("培训≥500人次(6月15日)"), 2026).first();
    CHECK(trained.due == QDate(2026, 6, 15));
    CHECK(trained.value == 500.0);
    CHECK_FALSE(trained.hasSteps());
    // Not steps: a baseline in brackets is a baseline, and an amount without a comparison stays words.
    CHECK(parseTargets(QStringLiteral("签约率≥85%（2025年为80%）"), 2026).first().unit == QStringLiteral("%"));
    CHECK(parseTargets(QStringLiteral("培训500人次"), 2026).first().indicator == QStringLiteral("培训500人次"));
    // Retyped, it keeps its id, baseline and measure; the steps are the text's.
    Target old = t;
    old.id = 42;
    old.baseline = 1;
    old.measure = TargetMeasure::Steady;
    const Target merged =
        mergeTargets({old}, parseTargets(QStringLiteral("社区中心标准化改造 4家(6月底)、10家"), 2026)).first();
    CHECK(merged.id == 42);
    CHECK(merged.baseline == 1.0);
    CHECK(merged.measure == TargetMeasure::Steady);
    CHECK(merged.milestones == QList<TargetStep>{{4.0, QDate(2026, 6, 30)}});
    CHECK_FALSE(merged.due.isValid());
    // Printed as a 公文 says milestones, with one baseline for the indicator.
    t.baseline = 1;
    t.baselineYear = 2025;
    CHECK(targetProse(t) == QStringLiteral("到2026年6月底、9月底、年底，社区中心标准化改造分别达到3家以上、6家以上、10家以上（2025年为1家）"));
}

TEST_CASE("A target is typed with the words a clerk compares with and its baseline in brackets")
{
    struct Case
    {
        QString typed;
        QString indicator;
        TargetOp op;
        double value;
        QString unit;
        std::optional<double> baseline;
        std::optional<int> baselineYear;
    };
    const QList<Case> cases = {
        {QStringLiteral("高血压患者规范管理率≥65%（2026年为60%）"), QStringLiteral("高血压患者规范管理率"), TargetOp::AtLeast, 65,
         QStringLiteral("%"), 60.0, 2026},
        {QStringLiteral("高血压患者规范管理率提升至65%（基数60%）"), QStringLiteral("高血压患者规范管理率"), TargetOp::AtLeast, 65,
         QStringLiteral("%"), 60.0, std::nullopt},
        {QStringLiteral("家庭医生签约率不低于85%(2025年：80%)"), QStringLiteral("家庭医生签约率"), TargetOp::AtLeast, 85,
         QStringLiteral("%"), 80.0, 2025},
        {QStringLiteral("培训基层医务人员达到500人次以上"), QStringLiteral("培训基层医务人员"), TargetOp::AtLeast, 500,
         QStringLiteral("人次"), std::nullopt, std::nullopt},
        {QStringLiteral("投诉率控制在0.5%以内（2025年为1.2%）"), QStringLiteral("投诉率"), TargetOp::AtMost, 0.5,
         QStringLiteral("%"), 1.2, 2025},
        {QStringLiteral("孕产妇死亡率降至10/10万以下"), QStringLiteral("孕产妇死亡率"), TargetOp::AtMost, 10,
         QStringLiteral("/10万"), std::nullopt, std::nullopt},
        {QStringLiteral("新建中心超过3家（2025年2家）"), QStringLiteral("新建中心"), TargetOp::Above, 3,
         QStringLiteral("家"), 2.0, 2025},
    };
    for (const Case &c : cases) {
        INFO(c.typed.toStdString());
        QStringList doubts;
        const QList<Target> parsed = parseTargets(c.typed, 2027, &doubts);
        REQUIRE(parsed.size() == 1);
        const Target &t = parsed.first();
        CHECK(t.indicator == c.indicator);
        CHECK(t.op == c.op);
        CHECK(t.value == c.value);
        CHECK(t.unit == c.unit);
        CHECK(t.baseline == c.baseline);
        CHECK(t.baselineYear == c.baselineYear);
        CHECK(doubts.isEmpty());
        // Written back in the grammar and read again to the same target.
        CHECK(parseTargets(targetsText(parsed, 2027), 2027) == parsed);
    }
    // Printed as the clerk meant it: raised from its baseline.
    CHECK(targetProse(parseTargets(QStringLiteral("高血压患者规范管理率≥65%（2026年为60%）"), 2027).first())
          == QStringLiteral("高血压患者规范管理率提升至65%（2026年为60%）"));
    // A step's date in brackets is no baseline.
    const Target stepped = parseTargets(QStringLiteral("培训≥500人次(2027年6月底)"), 2027).first();
    CHECK_FALSE(stepped.baseline.has_value());
    CHECK(stepped.due == QDate(2027, 6, 30));
    // What the grammar cannot take apart is kept as typed, and said.
    QStringList doubts;
    const QList<Target> odd = parseTargets(QStringLiteral("签约率≥85%（较上年提高5个百分点）；约500人次培训"), 2027, &doubts);
    CHECK(odd.size() == 2);
    CHECK(doubts == QStringList{QStringLiteral("签约率≥85%（较上年提高5个百分点）"), QStringLiteral("约500人次培训")});
    // Retyped with a baseline of its own, the text's baseline wins; without one the old stays.
    Target old = parseTargets(QStringLiteral("签约率≥85%"), 2027).first();
    old.id = 7;
    old.baseline = 70;
    old.baselineSource = BaselineSource::LastYearPeriod;
    old.baselinePeriod = QStringLiteral("2026Q3");
    const Target kept = mergeTargets({old}, parseTargets(QStringLiteral("签约率≥86%"), 2027)).first();
    CHECK(kept.baseline == 70.0);
    CHECK(kept.baselineSource == BaselineSource::LastYearPeriod);
    const Target given = mergeTargets({old}, parseTargets(QStringLiteral("签约率≥86%（2026年为80%）"), 2027)).first();
    CHECK(given.id == 7);
    CHECK(given.baseline == 80.0);
    CHECK(given.baselineYear == 2026);
    CHECK(given.baselineSource == BaselineSource::Given);
    CHECK(given.baselinePeriod.isEmpty());
    // A baseline from last year's file stays out of the typed text.
    CHECK(targetsText({kept}, 2027) == QStringLiteral("签约率≥86%"));
}

TEST_CASE("Rows of one indicator with their own dates fold into one target with steps; others stay as they are")
{
    auto row = [](Id id, const QString &indicator, double value, QDate due) {
        Target t;
        t.id = id;
        t.indicator = indicator;
        t.value = value;
        t.unit = QStringLiteral("家");
        t.due = due;
        return t;
    };
    const QList<Target> rows = {row(1, QStringLiteral("改造"), 3, QDate(2026, 6, 30)), row(2, QStringLiteral("签约"), 5, QDate()),
                                row(3, QStringLiteral("改造"), 10, QDate()), row(4, QStringLiteral("改造"), 6, QDate(2026, 9, 30))};
    QHash<Id, Id> merged;
    const QList<Target> folded = foldSteps(rows, &merged);
    REQUIRE(folded.size() == 2);
    // Where its first row stood, the undated (year's end) row last, keeping its id.
    CHECK(folded.at(0).id == 3);
    CHECK(folded.at(0).value == 10.0);
    CHECK(folded.at(0).milestones == QList<TargetStep>{{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}});
    CHECK(folded.at(1).id == 2);
    CHECK(merged == QHash<Id, Id>{{1, 3}, {4, 3}});
    // Two rows that no date tells apart are two targets, as they were.
    const QList<Target> twins = {row(1, QStringLiteral("改造"), 3, QDate()), row(2, QStringLiteral("改造"), 4, QDate())};
    CHECK(foldSteps(twins) == twins);
    // Another unit or comparison is another indicator.
    Target rate = row(5, QStringLiteral("改造"), 50, QDate(2026, 6, 30));
    rate.unit = QStringLiteral("%");
    CHECK(foldSteps({rows.at(0), rate}).size() == 2);
}

TEST_CASE("A task's assessment item reads as an optional, takes a pointer's room and is shared by copies until one changes it")
{
    STATIC_REQUIRE(sizeof(OptionalBox<AssessmentItem>) == sizeof(void *));
    Task plain;
    CHECK(!plain.assessment);
    CHECK(!plain.assessment.has_value());
    CHECK(plain.assessment == std::nullopt);
    CHECK(plain.assessment == std::optional<AssessmentItem>());
    CHECK(std::nullopt == plain.assessment);
    AssessmentItem otherwise;
    otherwise.points = 3;
    CHECK(plain.assessment.value_or(otherwise).points == 3);

    AssessmentItem item;
    item.points = 10;
    item.method = QStringLiteral("查阅资料");
    Task assessed;
    assessed.assessment = item;
    REQUIRE(assessed.assessment);
    CHECK(assessed.assessment->points == 10);
    CHECK(assessed.assessment == item);
    CHECK(item == assessed.assessment);
    CHECK(assessed.assessment == std::optional<AssessmentItem>(item));
    CHECK(assessed.assessment != plain.assessment);
    CHECK(assessed != plain);
    const std::optional<AssessmentItem> asOptional = assessed.assessment;
    CHECK(asOptional == item);

    // A copy shares the item; changing it through the copy leaves the original's as it was.
    Task copy = assessed;
    const auto itemOf = [](const Task &t) { return &*t.assessment; };   // read without changing
    CHECK(itemOf(copy) == itemOf(assessed));
    CHECK(copy == assessed);
    CHECK(std::as_const(copy).assessment->points == 10);
    CHECK(itemOf(copy) == itemOf(assessed));   // a read leaves it shared
    copy.assessment->points = 6;
    CHECK(itemOf(copy) != itemOf(assessed));
    CHECK(copy.assessment->points == 6);
    CHECK(assessed.assessment->points == 10);
    CHECK(copy != assessed);
    (*copy.assessment).points = 10;
    CHECK(copy == assessed);   // equal by value, though no longer shared

    copy.assessment.reset();
    CHECK(!copy.assessment);
    CHECK(assessed.assessment);
    copy.assessment = std::optional<AssessmentItem>();
    CHECK(!copy.assessment);
    copy.assessment = std::optional<AssessmentItem>(item);
    CHECK(copy.assessment == item);
}
