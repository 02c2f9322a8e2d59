// The 调整对照表 of the sample's mid-year adjustment (印发版, then two targets and a deadline changed
// with reasons): exactly those three changes, grouped by section, each with its reason, alone or
// behind its 请示 or 通知; the same words in the PDF and the Word file; and the 通知 under the plan's
// 版头 with its 版记 when the plan is issued by notice.
#include "print/adjustmentprinter.h"

#include "../support/printedwords.h"
#include "../support/sampleadjustment.h"
#include "../support/testutil.h"

using namespace ap;

namespace {

struct ChineseDocuments : testutil::ChineseDocuments
{
    ChineseDocuments() : testutil::ChineseDocuments(QStringLiteral(ANNUALPLAN_QM)) {}
};

std::unique_ptr<PlanDocument> writableSample(const QTemporaryDir &dir, bool issuedByNotice = false)
{
    const QString path = testutil::samplePlanFile(dir);
    QString error;
    auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    if (issuedByNotice) {
        PlanInfo info = doc->plan().info;
        info.notice.enabled = true;
        info.notice.issuerMark = QStringLiteral("清河区卫生健康委员会文件");
        info.notice.number = QStringLiteral("清卫发〔2026〕31号");
        info.notice.copiesTo = QStringLiteral("区人民政府办公室");
        info.notice.printedBy = QStringLiteral("清河区卫生健康委员会办公室");
        info.notice.printDate = QDate(2026, 7, 21);
        REQUIRE(edits::setPlanInfo(*doc, info));
    }
    return doc;
}

VersionComparison since(const PlanDocument &doc, const PlanVersion &version)
{
    VersionComparison c;
    QString error;
    REQUIRE(VersionComparison::make(doc, version.id, 0, &c, &error));
    return c;
}

} // namespace

TEST_CASE("The adjustment table lists exactly the changes since the issued version, by section, with their reasons")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    auto doc = writableSample(dir);
    const testutil::SampleAdjustment a = testutil::adjustSample(*doc);
    const VersionComparison comparison = since(*doc, a.issued);
    REQUIRE(comparison.changes.size() == 3);

    const AdjustmentPrinter alone(*doc, comparison);
    const PrintedDocument d = alone.content();
    CHECK(d.body.isEmpty());   // the table alone, as it is handed on
    REQUIRE(d.annexes.size() == 1);
    const PrintedTable &t = d.annexes.first();
    CHECK(t.title == QStringLiteral("《清河区2026年卫生健康工作计划》调整对照表"));
    QStringList headers;
    for (const PrintedTable::Column &c : t.columns)
        headers << c.header;
    CHECK(headers == QStringList{QStringLiteral("序号"), QStringLiteral("原内容"), QStringLiteral("调整后内容"), QStringLiteral("调整理由")});
    QStringList groups, numbers, reasons;
    for (const PrintedTable::Row &r : t.rows) {
        if (r.group) {
            groups << r.cells.value(0);
            continue;
        }
        numbers << r.cells.value(0);
        reasons << r.cells.value(3);
    }
    CHECK(groups == QStringList{QStringLiteral("一、夯实基层卫生服务网底"), QStringLiteral("三、织牢公共卫生防护网")});
    CHECK(numbers == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    CHECK(reasons == QStringList{QStringLiteral("按市级下达指标调整"), QStringLiteral("培训基地改造延期"), QStringLiteral("筛查资金增加")});
    const PrintedTable::Row &first = t.rows.at(1);
    CHECK(first.cells.value(1) == QStringLiteral("一、（一）1.扩大重点人群签约覆盖\n目标：重点人群家庭医生签约率≥85%（2025年为80%）"));
    CHECK(first.cells.value(2) == QStringLiteral("一、（一）1.扩大重点人群签约覆盖\n目标：重点人群家庭医生签约率≥80%（2025年为80%）"));
    const PrintedTable::Row &deadline = t.rows.at(2);
    CHECK(deadline.cells.value(1).endsWith(QStringLiteral("完成时限：2026年9月30日")));
    CHECK(deadline.cells.value(2).endsWith(QStringLiteral("完成时限：2026年10月31日")));

    // Behind a 请示: its title, what it asks, the annex named, the bureau and the date.
    const AdjustmentPrinter request(*doc, comparison, AdjustmentPrinter::Cover::Request, QDate(2026, 7, 15));
    const QStringList body = testutil::paragraphs(request.content());
    CHECK(body.value(0) == QStringLiteral("关于调整《清河区2026年卫生健康工作计划》的请示"));
    CHECK(body.contains(QStringLiteral("根据上半年工作推进情况，拟对《清河区2026年卫生健康工作计划》部分内容进行调整（调整3处）。调整对照表附后。")));
    CHECK(body.contains(QStringLiteral("妥否，请批示。")));
    CHECK(body.contains(QStringLiteral("附件：《清河区2026年卫生健康工作计划》调整对照表")));
    CHECK(body.last() == QStringLiteral("2026年7月15日"));

    // The same words in the PDF and the Word file.
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("对照表.pdf")), docx = dir.filePath(QStringLiteral("对照表.docx"));
    REQUIRE(request.writePdf(pdf, &error));
    REQUIRE(request.writeDocx(docx, &error));
    const QString text = testutil::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("关于调整《清河区2026年卫生健康工作计划》的请示")));
    CHECK(text.contains(QStringLiteral("培训基地改造延期")));
    CHECK(text.contains(QStringLiteral("目标：癌症筛查≥6万人次")));
    const QStringList words = testutil::docxWords(docx);
    CHECK(words.contains(QStringLiteral("筛查资金增加")));
    CHECK(words.contains(QStringLiteral("《清河区2026年卫生健康工作计划》调整对照表")));
}

TEST_CASE("A notice of the adjustment goes under the plan's 版头 and ends with its 版记; a removed task says it is removed")
{
    ChineseDocuments chinese;
    QTemporaryDir dir;
    auto doc = writableSample(dir, true);
    PlanVersion issued;
    REQUIRE(doc->saveVersion(QStringLiteral("印发版"), &issued));
    const Id gone = testutil::sampleTask(*doc, QStringLiteral("推行预约诊疗和分时段就诊"));
    REQUIRE(edits::removeTask(*doc, gone));
    const VersionComparison comparison = since(*doc, issued);
    REQUIRE(comparison.changes.size() == 1);
    const AdjustmentPrinter notice(*doc, comparison, AdjustmentPrinter::Cover::Notice, QDate(2026, 7, 20));
    const PrintedDocument d = notice.content();
    REQUIRE(d.body.size() > 3);
    CHECK(d.body.at(0).role == PrintedParagraph::Role::IssuerMark);
    CHECK(d.body.at(1).text == QStringLiteral("清卫发〔2026〕31号"));
    CHECK(d.body.at(2).text == QStringLiteral("关于调整《清河区2026年卫生健康工作计划》的通知"));
    CHECK(testutil::paragraphs(d).contains(QStringLiteral(
        "经研究，对《清河区2026年卫生健康工作计划》部分内容进行了调整（删除1处）。现将调整对照表印发给你们，请按调整后的内容抓好落实。")));
    CHECK(d.record.printedBy == QStringLiteral("清河区卫生健康委员会办公室"));
    const PrintedTable::Row &row = d.annexes.first().rows.at(1);
    CHECK(row.cells.value(1).startsWith(QStringLiteral("二、（三）1.推行预约诊疗和分时段就诊\n")));
    CHECK(row.cells.value(2) == QStringLiteral("（删除）"));
}
