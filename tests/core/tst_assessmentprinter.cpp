// The year end's documents in Chinese on the sample's year: the 考核结果通报 with its tables, the
// 考核细则, a unit's 考核得分表, and the draft 年度工作总结; their words from the engine's figures,
// read back from the PDF and the .docx.
#include "domain/documentlanguage.h"
#include "print/assessmentprinter.h"
#include "print/yearsummary.h"
#include "domain/targettext.h"
#include "status/assessmentengine.h"

#include "../support/printedwords.h"
#include "../support/sampleyear.h"
#include "../support/testutil.h"

#include <QRegularExpression>

using namespace ap;

namespace {

using testutil::paragraphs;
using testutil::pdfText;

struct ChineseDocuments : testutil::ChineseDocuments
{
    ChineseDocuments() : testutil::ChineseDocuments(QStringLiteral(ANNUALPLAN_QM)) {}
};

} // namespace

TEST_CASE("The result notice ranks the units by tier and says each unit's points lost and why, in the sample's year")
{
    ChineseDocuments chinese;   // as the program prints it, whatever the window's language
    QTemporaryDir dir;
    auto doc = testutil::openSampleYear(dir);
    const AssessmentPrinter bulletin(*doc, AssessmentPrinter::Kind::Bulletin, QDate(2027, 1, 25));
    const PrintedDocument d = bulletin.content();
    const QStringList body = paragraphs(d);
    CHECK(body.value(0) == QStringLiteral("关于2026年度目标考核结果的通报"));
    CHECK(body.value(1)
          == QStringLiteral("根据《清河区2026年卫生健康工作计划》及年度目标考核方案，清河区卫生健康委员会对8个单位2026年度目标任务"
                            "完成情况进行了考核（考核项目33项，实行百分制，依据截至2026年12月31日报送的全年数据）。现将考核结果通报如下。"));
    CHECK(body.contains(QStringLiteral("一、考核结果")));
    CHECK(body.contains(QStringLiteral("优秀（90分及以上）：区卫健委中医科（100分）、区卫生健康监督所（100分）、区卫健委人事科（95分）。")));
    CHECK(body.contains(QStringLiteral("不合格（60分以下）：区卫健委妇幼健康科（49.12分）。")));
    CHECK(body.contains(QStringLiteral("区卫健委人事科得分95分：一、（三）2.乡村医生能力轮训，得2.25分（分值2.5分）（完成比例90%）。")));
    CHECK(body.contains(QStringLiteral("区卫健委妇幼健康科得分49.12分：三、（二）1.孕产妇全程健康管理，得0分（分值2.9分）"
                                       "（孕产妇系统管理率、孕产妇死亡率未报送实绩）。")));
    CHECK(body.contains(QStringLiteral("附件：1.2026年度目标考核结果汇总表")));
    CHECK(body.value(body.size() - 2) == QStringLiteral("清河区卫生健康委员会"));
    CHECK(body.last() == QStringLiteral("2027年1月25日"));

    // The ranking: every unit once, best first, equal scores sharing a rank; each unit's table adds up.
    REQUIRE(d.annexes.size() == 2);
    const PrintedTable &ranking = d.annexes.at(0);
    REQUIRE(ranking.rows.size() == 8);
    CHECK(ranking.rows.at(0).cells.mid(0, 2) == (QStringList{QStringLiteral("1"), QStringLiteral("区卫健委中医科")}));
    CHECK(ranking.rows.at(1).cells.value(0) == QStringLiteral("1"));
    CHECK(ranking.rows.at(2).cells.value(0) == QStringLiteral("3"));
    CHECK(ranking.rows.at(7).cells
          == (QStringList{QStringLiteral("8"), QStringLiteral("区卫健委妇幼健康科"), QStringLiteral("5.7"), QStringLiteral("2.8"),
                          QStringLiteral("49.12"), QStringLiteral("0"), QStringLiteral("49.12"), QStringLiteral("不合格"), QStringLiteral("—")}));
    const AssessmentResult r = bulletin.result();
    for (const UnitScore &u : r.units) {
        double points = 0, available = 0;
        for (const ItemScore &i : u.items) {
            points += i.points;
            available += i.available;
        }
        INFO(u.departmentId);
        CHECK(AssessmentEngine::rounded(points) == u.earned);
        CHECK(AssessmentEngine::rounded(available) == u.available);
        CHECK(u.base == AssessmentEngine::rounded(u.earned / u.available * 100));
        CHECK(u.score == u.base + u.bonus);
    }
    const PrintedTable &scores = d.annexes.at(1);
    CHECK(scores.headerPerGroup);
    int groups = 0;
    for (const PrintedTable::Row &row : scores.rows)
        groups += row.group ? 1 : 0;
    CHECK(groups == 8);

    // The same words in the PDF and the Word file.
    const QString pdf = dir.filePath(QStringLiteral("通报.pdf")), docx = dir.filePath(QStringLiteral("通报.docx"));
    QString error;
    REQUIRE(bulletin.writePdf(pdf, &error));
    REQUIRE(bulletin.writeDocx(docx, &error));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("关于2026年度目标考核结果的通报")));
    CHECK(text.contains(QStringLiteral("不合格（60分以下）：区卫健委妇幼健康科（49.12分）。")));
    CHECK(text.contains(QStringLiteral("2026年度各单位考核得分明细表")));
    const QStringList words = testutil::docxWords(docx);
    CHECK(words.contains(QStringLiteral("优秀（90分及以上）：区卫健委中医科（100分）、区卫生健康监督所（100分）、区卫健委人事科（95分）。")));
    CHECK(words.contains(QStringLiteral("区卫健委妇幼健康科（考核得分49.12分，不合格）")));
}

TEST_CASE("The rules list every assessed task with its points and scoring rule; a unit's sheet has its own items only")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    auto doc = testutil::openSampleYear(dir);
    const AssessmentPrinter rules(*doc, AssessmentPrinter::Kind::Rules, QDate(2026, 2, 1));
    const PrintedDocument d = rules.content();
    CHECK(paragraphs(d).value(0) == QStringLiteral("2026年度目标考核细则"));
    CHECK(paragraphs(d).contains(QStringLiteral("考核等次：优秀（90分及以上）；良好（80分及以上）；合格（60分及以上）；不合格（60分以下）。")));
    REQUIRE(d.annexes.size() == 1);
    int items = 0;
    for (const PrintedTable::Row &row : d.annexes.at(0).rows)
        if (!row.group) {
            ++items;
            CHECK(row.cells.value(4) == QStringLiteral("按目标完成比例得分，完成不足60%不得分"));
        }
    CHECK(items == 33);

    const Id unit = doc->plan().departmentByName(QStringLiteral("区卫健委人事科"))->id;
    const AssessmentPrinter sheet(*doc, AssessmentPrinter::Kind::UnitSheet, QDate(2027, 1, 25), unit);
    const PrintedDocument s = sheet.content();
    CHECK(paragraphs(s).value(0) == QStringLiteral("区卫健委人事科2026年度目标考核得分表"));
    CHECK(paragraphs(s).value(1) == QStringLiteral("考核得分95分（优秀），在8个单位中排名第3。"));
    REQUIRE(s.annexes.size() == 1);
    REQUIRE(s.annexes.at(0).rows.size() == 3);   // its two tasks and the total
    CHECK(s.annexes.at(0).rows.at(1).cells.value(4)
          == QStringLiteral("乡村医生轮训270人次（年终实绩），目标≥300人次；轮训考核合格率85.5%（年终实绩），目标≥95%"));
    CHECK(s.annexes.at(0).rows.at(1).cells.value(7) == QStringLiteral("完成比例90%"));
}

TEST_CASE("The draft summary words the year's own figures as a clerk writes them, and says what is missing")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    auto doc = testutil::openSampleYear(dir);
    const YearSummary summary(*doc, QDate(2027, 1, 10));
    const QStringList body = paragraphs(summary.content());
    CHECK(body.value(0) == QStringLiteral("清河区2026年卫生健康工作总结"));
    CHECK(body.value(1) == QStringLiteral("2026年，清河区卫生健康委员会围绕《清河区2026年卫生健康工作计划》确定的目标任务推进各项工作。"
                                          "现将全年工作总结如下。"));
    CHECK(body.value(2) == QStringLiteral("一、主要工作和成效"));
    const QString counts = body.value(3);
    INFO(counts.toStdString());
    CHECK(counts.startsWith(QStringLiteral("全年计划33项工作任务、")));
    CHECK(counts.contains(QStringLiteral("已完成14项，占42.4%")));
    CHECK(counts.contains(QStringLiteral("未报送进展6项")));
    CHECK(body.contains(QStringLiteral("（一）夯实基层卫生服务网底")));
    CHECK(body.contains(QStringLiteral("扩大重点人群签约覆盖，重点人群家庭医生签约率达89.3%，超额完成85%的目标；"
                                       "有偿签约服务覆盖率达31.5%，超额完成30%的目标。")));
    CHECK(body.contains(QStringLiteral("二、存在的问题")));
    CHECK(body.contains(QStringLiteral("乡村医生能力轮训尚未完成（进度80%），乡村医生轮训为270人次，未达到300人次的目标；"
                                       "轮训考核合格率为85.5%，未达到95%的目标。原因：配套资金下达较晚。")));
    CHECK(body.contains(QStringLiteral("三、下一步工作打算")));
    CHECK(body.contains(QStringLiteral("一是继续推进签约服务信息化：一季度内完成。")));
    // Every figure printed is one the plan holds: past the counts, no number appears that is not a
    // target's value, a reported figure or percent, or part of the plan's own words.
    const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    QSet<QString> held;
    auto hold = [&](const QString &words) {
        for (const QRegularExpressionMatch &m : number.globalMatch(words))
            held.insert(m.captured(0));
    };
    for (const Task &t : doc->plan().tasks) {
        hold(t.title);
        for (const Target &target : t.targets) {
            hold(target.indicator + QLatin1Char(' ') + target.unit);
            if (target.value)
                held.insert(formatNumber(*target.value));
        }
    }
    for (const ProgressReport &r : doc->reports().entries) {
        hold(r.progress + QLatin1Char(' ') + r.problems + QLatin1Char(' ') + r.nextSteps);
        if (r.percent)
            held.insert(formatNumber(*r.percent));
        for (double v : r.actuals)
            held.insert(formatNumber(v));
    }
    for (int i = 4; i < body.size() - 2; ++i)
        for (const QRegularExpressionMatch &m : number.globalMatch(body.at(i))) {
            INFO(body.at(i).toStdString());
            CHECK(held.contains(m.captured(0)));
        }
    const QString pdf = dir.filePath(QStringLiteral("总结.pdf")), docx = dir.filePath(QStringLiteral("总结.docx"));
    QString error;
    REQUIRE(summary.writePdf(pdf, &error));
    REQUIRE(summary.writeDocx(docx, &error));
    CHECK(pdfText(pdf).contains(QStringLiteral("清河区2026年卫生健康工作总结")));
    const QStringList words = testutil::docxWords(docx);
    CHECK(words.contains(QStringLiteral("一是继续推进签约服务信息化：一季度内完成。")));
}
