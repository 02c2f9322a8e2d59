#include "import/importrules.h"

#include "../support/testutil.h"

using namespace ap;
using namespace ap::importrules;

namespace {

QString label(const QString &text)
{
    const QString f = fold(text);
    const auto l = matchLabel(f, 0);
    return l ? l->normalised : QStringLiteral("<none>");
}

// "op value unit" of each target found, in order.
QStringList targets(const QString &text)
{
    QStringList out;
    for (const FoundTarget &t : findTargets(fold(text)))
        out.append(opSymbol(t.target.op) + QLatin1Char(' ') + QString::number(*t.target.value) + QLatin1Char(' ')
                   + t.target.unit);
    return out;
}

} // namespace

TEST_CASE("Folding maps full-width ASCII to half-width without changing the length")
{
    const QString s = QStringLiteral("（一）１．达到８５％；　ok");
    const QString f = fold(s);
    CHECK(f == QStringLiteral("(一)1.达到85%; ok"));
    CHECK(f.size() == s.size());
}

TEST_CASE("Chinese numerals read as numbers")
{
    CHECK(chineseNumberValue(u"三") == 3);
    CHECK(chineseNumberValue(u"十") == 10);
    CHECK(chineseNumberValue(u"十二") == 12);
    CHECK(chineseNumberValue(u"二十一") == 21);
    CHECK(chineseNumberValue(u"一百零五") == 105);
    CHECK(chineseNumberValue(u"两千") == 2000);
    CHECK(chineseNumberValue(u"一千") == 1000);
    CHECK_FALSE(chineseNumberValue(u"三a").has_value());
    CHECK_FALSE(chineseNumberValue(u"").has_value());
}

TEST_CASE("Outline labels are recognised in their full-width, half-width and 、 forms")
{
    CHECK(label(QStringLiteral("一、总体要求")) == QStringLiteral("一、"));
    CHECK(label(QStringLiteral("十二、其他")) == QStringLiteral("十二、"));
    CHECK(label(QStringLiteral("（一）签约服务")) == QStringLiteral("(一)"));
    CHECK(label(QStringLiteral("(三)、质控")) == QStringLiteral("(三)"));
    CHECK(label(QStringLiteral("1.完善体系")) == QStringLiteral("1."));
    CHECK(label(QStringLiteral("１．完善体系")) == QStringLiteral("1."));
    CHECK(label(QStringLiteral("2、提高质量")) == QStringLiteral("2."));
    CHECK(label(QStringLiteral("3 . 加强管理")) == QStringLiteral("3."));
    CHECK(label(QStringLiteral("（2）严格准入")) == QStringLiteral("(2)"));
    CHECK(label(QStringLiteral("①建立台账")) == QStringLiteral("①"));
    CHECK(label(QStringLiteral("三是强化病历质量")) == QStringLiteral("三是"));
}

TEST_CASE("Numbered items past 999 are labels, and a year before a dot is not")
{
    CHECK(label(QStringLiteral("999.完善体系")) == QStringLiteral("999."));
    CHECK(label(QStringLiteral("1000.完善体系")) == QStringLiteral("1000."));
    CHECK(label(QStringLiteral("1001、提高质量")) == QStringLiteral("1001."));
    CHECK(label(QStringLiteral("2026.全年目标")) == QStringLiteral("<none>"));
    CHECK(label(QStringLiteral("12345.完善体系")) == QStringLiteral("<none>"));
}

TEST_CASE("Numbers and grades at the start of a line are not outline labels")
{
    CHECK(label(QStringLiteral("1.5万例远程会诊")) == QStringLiteral("<none>"));
    CHECK(label(QStringLiteral("2026年是关键一年")) == QStringLiteral("<none>"));
    CHECK(label(QStringLiteral("一、二级医院全部接入")) == QStringLiteral("<none>"));
    CHECK(label(QStringLiteral("统筹推进")) == QStringLiteral("<none>"));
}

TEST_CASE("A responsibility clause without 牵头 puts every unit in the lead")
{
    const Responsibility r = findResponsibility(fold(QStringLiteral("完成改造。（责任单位：区卫健局、区财政局、区住建局）")));
    CHECK(r.lead == (QStringList{QStringLiteral("区卫健局"), QStringLiteral("区财政局"), QStringLiteral("区住建局")}));
    CHECK(r.support.isEmpty());
    REQUIRE(r.clauseSpans.size() == 1);
}

TEST_CASE("牵头 splits units into lead and support, and marked groups cover their names")
{
    Responsibility r = findResponsibility(fold(QStringLiteral("（责任单位：区卫健局牵头，区医保分局、各街道办事处配合）")));
    CHECK(r.lead == QStringList{QStringLiteral("区卫健局")});
    CHECK(r.support == (QStringList{QStringLiteral("区医保分局"), QStringLiteral("各街道办事处")}));

    r = findResponsibility(fold(QStringLiteral("（区卫健委、区疾控中心牵头，区教育局参与）")));
    CHECK(r.lead == (QStringList{QStringLiteral("区卫健委"), QStringLiteral("区疾控中心")}));
    CHECK(r.support == QStringList{QStringLiteral("区教育局")});

    r = findResponsibility(fold(QStringLiteral("责任单位：县卫健委（牵头）、县财政局、县人社局")));
    CHECK(r.lead == QStringList{QStringLiteral("县卫健委")});
    CHECK(r.support == (QStringList{QStringLiteral("县财政局"), QStringLiteral("县人社局")}));
}

TEST_CASE("负责 and 按职责分工负责 clauses name lead units, and generic groups stay whole")
{
    Responsibility r = findResponsibility(fold(QStringLiteral("开展培训。(区卫健局负责)")));
    CHECK(r.lead == QStringList{QStringLiteral("区卫健局")});
    r = findResponsibility(fold(QStringLiteral("（区卫健局、区民政局按职责分工负责）")));
    CHECK(r.lead == (QStringList{QStringLiteral("区卫健局"), QStringLiteral("区民政局")}));
    r = findResponsibility(fold(QStringLiteral("（责任单位：各区、镇、街道，市卫健委）")));
    CHECK(r.lead == (QStringList{QStringLiteral("各区、镇、街道"), QStringLiteral("市卫健委")}));
    r = findResponsibility(fold(QStringLiteral("牵头单位：市卫健委；配合单位：市财政局、市医保局等")));
    CHECK(r.lead == QStringList{QStringLiteral("市卫健委")});
    CHECK(r.support == (QStringList{QStringLiteral("市财政局"), QStringLiteral("市医保局")}));
}

TEST_CASE("Clauses in square brackets read like those in round ones")
{
    const Responsibility r = findResponsibility(fold(QStringLiteral("完成改造。【牵头单位：区卫健局；配合单位：区财政局】")));
    CHECK(r.lead == QStringList{QStringLiteral("区卫健局")});
    CHECK(r.support == QStringList{QStringLiteral("区财政局")});
}

TEST_CASE("Words that only look like responsibility clauses name no department")
{
    CHECK(findResponsibility(fold(QStringLiteral("落实牵头医院责任，实现统一管理。"))).isEmpty());
    CHECK(findResponsibility(fold(QStringLiteral("选拔100名临床骨干医师（含基层30名）。"))).isEmpty());
}

TEST_CASE("A bracket that closes an item and lists only bodies names them, with no 责任单位 before it")
{
    Responsibility r = findResponsibility(fold(QStringLiteral("疾控机构达标率达到100%。（市卫健委、市发改委、市财政局）")));
    CHECK(r.lead == (QStringList{QStringLiteral("市卫健委"), QStringLiteral("市发改委"), QStringLiteral("市财政局")}));
    CHECK(r.support.isEmpty());
    REQUIRE(r.clauseSpans.size() == 1);
    r = findResponsibility(fold(QStringLiteral("推进医共体建设（县卫健委、各乡镇人民政府）")));
    CHECK(r.lead == (QStringList{QStringLiteral("县卫健委"), QStringLiteral("各乡镇人民政府")}));
    // Asides, examples and brackets inside the sentence are not units.
    CHECK(findResponsibility(fold(QStringLiteral("改造服务网点（含社区卫生服务站）。"))).isEmpty());
    CHECK(findResponsibility(fold(QStringLiteral("开展重点服务（如上门随访、健康评估）。"))).isEmpty());
    CHECK(findResponsibility(fold(QStringLiteral("组建专家组（县人民医院）开展巡诊，覆盖全部乡镇。"))).isEmpty());
    CHECK(findResponsibility(fold(QStringLiteral("完成规范化培训（全科、儿科）。"))).isEmpty());
}

TEST_CASE("Lines of their own name lead and cooperating units in the words plans use for them")
{
    Responsibility r = findResponsibility(fold(QStringLiteral("牵头责任单位：县卫健委\n主要协作单位：各乡镇人民政府、县医保局")));
    CHECK(r.lead == QStringList{QStringLiteral("县卫健委")});
    CHECK(r.support == (QStringList{QStringLiteral("各乡镇人民政府"), QStringLiteral("县医保局")}));
    r = findResponsibility(fold(QStringLiteral("牵头部门：市卫健委\n协办单位：市财政局、市人社局")));
    CHECK(r.lead == QStringList{QStringLiteral("市卫健委")});
    CHECK(r.support == (QStringList{QStringLiteral("市财政局"), QStringLiteral("市人社局")}));
    r = findResponsibility(fold(QStringLiteral("配合部门：区教育局；参与单位：区体育局")));
    CHECK(r.lead.isEmpty());
    CHECK(r.support == (QStringList{QStringLiteral("区教育局"), QStringLiteral("区体育局")}));
}

TEST_CASE("Deadlines are the latest explicit date, and periods and baselines are not deadlines")
{
    CHECK(latestDeadline(fold(QStringLiteral("到2025年底建成")), 2025) == QDate(2025, 12, 31));
    CHECK(latestDeadline(fold(QStringLiteral("2023年底前完成")), 2023) == QDate(2023, 12, 31));
    CHECK(latestDeadline(fold(QStringLiteral("2027年6月底前完成轮训，到2027年9月30日前验收")), 2027) == QDate(2027, 9, 30));
    CHECK(latestDeadline(fold(QStringLiteral("到2028年，全面建成")), 2027) == QDate(2028, 12, 31));
    CHECK(latestDeadline(fold(QStringLiteral("10月底前上报")), 2027) == QDate(2027, 10, 31));
    CHECK(latestDeadline(fold(QStringLiteral("2026年上半年完成")), 2026) == QDate(2026, 6, 30));
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("实施三年行动（2024-2026）收官计划")), 2026).isValid());
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("甲级率提升至98%（2025年为96%）")), 2026).isValid());
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("覆盖率较2018年扩大一倍")), 2020).isValid());
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("制定《2026年质量控制手册》，全年开展")), 2026).isValid());
}

TEST_CASE("Cadence words are kept")
{
    CHECK(cadenceWords(QStringLiteral("每季度发布质控数据")) == QStringLiteral("每季度"));
    CHECK(cadenceWords(QStringLiteral("每月抽取病历")) == QStringLiteral("每月"));
    CHECK(cadenceWords(QStringLiteral("全年开展")).isEmpty());
}

TEST_CASE("Comparison words give the target's operator")
{
    CHECK(targets(QStringLiteral("签约率提升至85%")) == QStringList{QStringLiteral(">= 85 %")});
    CHECK(targets(QStringLiteral("整改完成率需达95%以上")) == QStringList{QStringLiteral(">= 95 %")});
    CHECK(targets(QStringLiteral("专项检查不少于6次")) == QStringList{QStringLiteral(">= 6 次")});
    CHECK(targets(QStringLiteral("增长幅度控制在5%以内")) == QStringList{QStringLiteral("<= 5 %")});
    CHECK(targets(QStringLiteral("降低儿童贫血率至3%以下")) == QStringList{QStringLiteral("<= 3 %")});
    CHECK(targets(QStringLiteral("平均住院日降至8天")) == QStringList{QStringLiteral("<= 8 天")});
    CHECK(targets(QStringLiteral("使用率不超过45%")) == QStringList{QStringLiteral("<= 45 %")});
    CHECK(targets(QStringLiteral("并发症发生率≤3%")) == QStringList{QStringLiteral("<= 3 %")});
    CHECK(targets(QStringLiteral("互认结果超50万例")) == QStringList{QStringLiteral("> 50 万例")});
    CHECK(targets(QStringLiteral("开展联合门诊2000场次")) == QStringList{QStringLiteral(">= 2000 场次")});
    CHECK(targets(QStringLiteral("每千常住人口执业医师数达3.19")) == QStringList{QStringLiteral(">= 3.19 ")});
    CHECK(targets(QStringLiteral("孕产妇死亡率控制在10/10万以下")) == QStringList{QStringLiteral("<= 10 /10万")});
    CHECK(targets(QStringLiteral("报告患病率控制在4.5‰以内")) == QStringList{QStringLiteral("<= 4.5 ‰")});
}

TEST_CASE("Ranges count from their lower bound and Chinese amounts of work are read")
{
    CHECK(targets(QStringLiteral("住院率再提升1-2个百分点")) == QStringList{QStringLiteral(">= 1 个百分点")});
    CHECK(targets(QStringLiteral("监督覆盖率较2018年扩大一倍以上")) == QStringList{QStringLiteral(">= 1 倍")});
    CHECK(targets(QStringLiteral("建设一千个示范点")) == QStringList{QStringLiteral(">= 1000 个")});
}

TEST_CASE("Ages, existing counts, codes, names in quotes and programme parameters are not targets")
{
    CHECK(targets(QStringLiteral("将65岁以上老年人纳入管理")).isEmpty());
    CHECK(targets(QStringLiteral("0-6岁儿童健康管理")).isEmpty());
    CHECK(targets(QStringLiteral("优化现有28个专业质控中心")).isEmpty());
    CHECK(targets(QStringLiteral("监测PM2.5浓度")).isEmpty());
    CHECK(targets(QStringLiteral("推广“15分钟健身圈”")).isEmpty());
    CHECK(targets(QStringLiteral("开通12345热线")).isEmpty());
    CHECK(targets(QStringLiteral("进修周期6-12个月")).isEmpty());
    CHECK(targets(QStringLiteral("三年行动（2024-2026）")).isEmpty());
    CHECK(targets(QStringLiteral("八项规定、三个一批、一类疫苗")).isEmpty());
    CHECK(targets(QStringLiteral("创建2000户以上的大型社区")).isEmpty());
    CHECK(targets(QStringLiteral("推动2家三级医院达到7级")) == QStringList{QStringLiteral(">= 2 家")});
    CHECK(targets(QStringLiteral("实现12类55项基本公共卫生服务规范执行率达95%以上"))
          == QStringList{QStringLiteral(">= 95 %")});
}

TEST_CASE("Ratios, shares of bodies, stated ages and per-unit requirements are goals; programme counts are not")
{
    CHECK(targets(QStringLiteral("全县医护比不低于1:1.6")) == QStringList{QStringLiteral(">= 1.6 ")});
    CHECK(targets(QStringLiteral("床护比达到1：0.6以上")) == QStringList{QStringLiteral(">= 0.6 ")});
    CHECK(targets(QStringLiteral("上午8:30开诊")).isEmpty());   // a time, no 比 in the clause
    CHECK(targets(QStringLiteral("50%以上的县级公立医院达到三级医院服务能力")) == QStringList{QStringLiteral(">= 50 %")});
    CHECK(targets(QStringLiteral("人均预期寿命达到80岁")) == QStringList{QStringLiteral(">= 80 岁")});
    CHECK(targets(QStringLiteral("为65岁以上老年人提供体检")).isEmpty());
    CHECK(targets(QStringLiteral("每个乡镇建有1所政府办卫生院")) == QStringList{QStringLiteral(">= 1 所")});
    CHECK(targets(QStringLiteral("财政支出增长6.2%左右")) == QStringList{QStringLiteral(">= 6.2 %")});
    CHECK(targets(QStringLiteral("筛查率分别不低于85%和98%")) == (QStringList{QStringLiteral(">= 85 %"), QStringLiteral(">= 98 %")}));
    CHECK(targets(QStringLiteral("实施健康玉屏30项行动，创建健康乡镇3个")) == QStringList{QStringLiteral(">= 3 个")});
    CHECK(targets(QStringLiteral("落实健康安和20项惠民举措")).isEmpty());
    CHECK(targets(QStringLiteral("完成10项民生工程")) == QStringList{QStringLiteral(">= 10 项")});
    CHECK(targets(QStringLiteral("规范实施 12 类 55 项基本公共卫生服务")).isEmpty());
}

TEST_CASE("均 before a comparison shares it even when 以上 follows; a span of time stated as a limit and a unit per person are goals")
{
    CHECK(targets(QStringLiteral("高血压、糖尿病患者规范管理率均达到65%以上"))
          == (QStringList{QStringLiteral(">= 65 %"), QStringLiteral(">= 65 %")}));
    CHECK(targets(QStringLiteral("长处方用药量最长不超过12周")) == QStringList{QStringLiteral("<= 12 周")});
    CHECK(targets(QStringLiteral("进修周期6-12个月")).isEmpty());
    CHECK(targets(QStringLiteral("第3周开展督导")).isEmpty());
    CHECK(targets(QStringLiteral("职工业务培训不少于24学时/人")) == QStringList{QStringLiteral(">= 24 学时/人")});
}

TEST_CASE("A bare year opening a sentence that states a goal is its date; one that opens any other sentence is not")
{
    CHECK(latestDeadline(fold(QStringLiteral("2025年，个人卫生支出占比下降到27%以下。")), 2025) == QDate(2025, 12, 31));
    CHECK(latestDeadline(fold(QStringLiteral("全面推进。2026年，门诊满意度达到92%")), 2026) == QDate(2026, 12, 31));
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("2026年是开局之年，中心将做好以下工作。")), 2026).isValid());
    CHECK_FALSE(latestDeadline(fold(QStringLiteral("2027年，中心将围绕项目提升服务质量。")), 2027).isValid());
    // "2.2025年，…": item 2 opening with a year.
    CHECK(label(QStringLiteral("2.2025年，全县…")) == QStringLiteral("2."));
    CHECK(label(QStringLiteral("1.5万例")) == QStringLiteral("<none>"));
}

TEST_CASE("A 牵头单位 line names the lead, so a 责任单位 line beside it names the support, split at , and 、")
{
    Responsibility r = findResponsibility(fold(QStringLiteral("牵头单位：区卫健委\n责任单位：区医保局,区财政局、各街道,有关部门")));
    CHECK(r.lead == QStringList{QStringLiteral("区卫健委")});
    CHECK(r.support == (QStringList{QStringLiteral("区医保局"), QStringLiteral("区财政局"), QStringLiteral("各街道"), QStringLiteral("有关部门")}));
    r = findResponsibility(fold(QStringLiteral("牵头单位：区疾控中心\n责任单位：各镇、街道，区教育局")));
    CHECK(r.support == (QStringList{QStringLiteral("各镇、街道"), QStringLiteral("区教育局")}));
    // Without a lead named, every unit of a 责任单位 line leads (SCHEMA.md).
    r = findResponsibility(fold(QStringLiteral("责任单位：区爱卫办、各镇人民政府")));
    CHECK(r.lead == (QStringList{QStringLiteral("区爱卫办"), QStringLiteral("各镇人民政府")}));
    CHECK(r.support.isEmpty());
    // A leader's name is no unit.
    r = findResponsibility(fold(QStringLiteral("分管领导：王明\n牵头部门：县卫健局")));
    CHECK(r.lead == QStringList{QStringLiteral("县卫健局")});
    CHECK(unitNames(fold(QStringLiteral("各区、镇、街道，市直有关部门等"))) == (QStringList{QStringLiteral("各区、镇、街道"), QStringLiteral("市直有关部门")}));
}

TEST_CASE("A baseline in brackets belongs to the goal before it")
{
    QList<FoundTarget> t = findTargets(fold(QStringLiteral("病历甲级率需提升至98%（2025年为96%）")));
    REQUIRE(t.size() == 1);
    CHECK(t.first().target.baseline == 96.0);
    CHECK(t.first().target.baselineYear == 2025);

    t = findTargets(fold(QStringLiteral("推动2家三级医院达到7级（2025年无）、5家三级医院达到6级（2025年3家）")));
    REQUIRE(t.size() == 2);
    CHECK(t.at(0).target.baseline == 0.0);
    CHECK(t.at(1).target.value == 5.0);
    CHECK(t.at(1).target.baseline == 3.0);
    CHECK(t.at(1).target.baselineYear == 2025);

    t = findTargets(fold(QStringLiteral("监督覆盖率较2018年扩大一倍以上")));
    REQUIRE(t.size() == 1);
    CHECK_FALSE(t.first().target.baseline.has_value());
    CHECK(t.first().target.baselineYear == 2018);
}

TEST_CASE("均 gives one target per indicator and 分别 with dates gives milestones")
{
    QList<FoundTarget> t = findTargets(fold(QStringLiteral("新生儿访视率、0-6岁儿童健康管理率均达99%")));
    REQUIRE(t.size() == 2);
    CHECK(t.at(0).target.indicator == QStringLiteral("新生儿访视率"));
    CHECK(t.at(1).target.indicator == QStringLiteral("0-6岁儿童健康管理率"));

    t = findTargets(fold(QStringLiteral("到2023年底、2024年底、2025年底，数量分别达到5个以上、10个以上、15个以上")));
    REQUIRE(t.size() == 3);
    CHECK(t.at(0).target.due == QDate(2023, 12, 31));
    CHECK(t.at(1).target.due == QDate(2024, 12, 31));
    CHECK(t.at(2).target.due == QDate(2025, 12, 31));
    CHECK(t.at(2).target.value == 15.0);
}

TEST_CASE("Indicators are the words before the comparison, or after the amount")
{
    QList<FoundTarget> t = findTargets(fold(QStringLiteral("全年病历甲级率需提升至98%")));
    REQUIRE(t.size() == 1);
    CHECK(t.first().target.indicator == QStringLiteral("病历甲级率"));
    t = findTargets(fold(QStringLiteral("全年完成50家医疗机构校验")));
    REQUIRE(t.size() == 1);
    CHECK(t.first().target.indicator == QStringLiteral("医疗机构校验"));
}
