// A plan that exists only as a PDF imports like its Word original: the body pages' text in order,
// lines the page broke joined back, page numbers left out, and the 分解表 read as task rows (the
// plan when it is all the PDF has). Checked on the sample plan printed by AnnualPlan itself and on
// lines as PDFs give them.
#include "import/pdfreader.h"
#include "import/planimport.h"
#include "io/planjson.h"
#include "print/planprinter.h"

#include "../support/testutil.h"

#include <QPdfWriter>
#include <QPainter>
#include <QTemporaryDir>

using namespace ap;

TEST_CASE("Lines a page broke are joined; labels, 一是 and dates start paragraphs; page numbers and annexes go")
{
    const QStringList lines = {
        QStringLiteral("清河区2026年卫生健康工作计划"),
        QStringLiteral("一、夯实基层卫生服务网底"),
        QStringLiteral("（一）提高家庭医生签约服务质量"),
        QStringLiteral("1.扩大重点人群签约覆盖。以老年人、慢病患者为重点，稳步扩大"),
        QStringLiteral("签约覆盖面，签约率提升至85%。（责任单位：区卫健委）"),
        QStringLiteral("— 1 —"),
        QStringLiteral("2.落实签约履约服务。一是开展随访，"),
        QStringLiteral("二是纳入考核。"),
        QStringLiteral("二、强化保障"),
        QStringLiteral("以群众需求为导向，完善保障，签约率提升至85%（2025年为80%）"),
        QStringLiteral("，新建站点达到3个以上。（责任单位："),
        QStringLiteral("区卫健委牵头，区医保局配合）"),
        QStringLiteral("2026年1月20日"),
        QStringLiteral("附件"),
        QStringLiteral("重点任务分解表"),
        QStringLiteral("1 扩大重点人群签约覆盖 区卫健委"),
    };
    const QStringList paragraphs = PdfReader::joinLines(lines).split(QLatin1Char('\n'));
    CHECK(paragraphs == QStringList{
              QStringLiteral("清河区2026年卫生健康工作计划"),
              QStringLiteral("一、夯实基层卫生服务网底"),
              QStringLiteral("（一）提高家庭医生签约服务质量"),
              QStringLiteral("1.扩大重点人群签约覆盖。以老年人、慢病患者为重点，稳步扩大签约覆盖面，签约率提升至85%。（责任单位：区卫健委）"),
              QStringLiteral("2.落实签约履约服务。一是开展随访，"),
              QStringLiteral("二是纳入考核。"),
              QStringLiteral("二、强化保障"),
              QStringLiteral("以群众需求为导向，完善保障，签约率提升至85%（2025年为80%），新建站点达到3个以上。（责任单位：区卫健委牵头，区医保局配合）"),
              QStringLiteral("2026年1月20日"),
          });
    // The issuer's name over the date is the signature, not the last unit's name going on.
    CHECK(PdfReader::joinLines({QStringLiteral("责任单位：县卫生健康局办公室"), QStringLiteral("青溪县卫生健康局"),
                                QStringLiteral("2026年1月20日")})
          == QStringLiteral("责任单位：县卫生健康局办公室\n青溪县卫生健康局\n2026年1月20日"));
}

TEST_CASE("The sample plan printed to PDF imports back with every section, task, target and department")
{
    QTemporaryDir dir;
    PlanData sample;
    QString error;
    REQUIRE(PlanJson::read(testutil::readAll(testutil::sampleJsonPath()), &sample, &error));
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("sample.aplan")), sample, &error);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("清河区2026年卫生健康工作计划.pdf"));
    REQUIRE(PlanPrinter(*doc, PrintOptions{}).writePdf(pdf, &error));

    ImportResult read;
    REQUIRE(PlanImport::readFile(pdf, &read, &error));
    CHECK(read.title == sample.info.title);
    CHECK(read.year == 2026);
    CHECK(read.count(ImportNode::Kind::Section) == sample.sections.size());
    CHECK(read.count(ImportNode::Kind::Task) == sample.tasks.size());
    // The import reads from the PDF what it reads from the same words as text: the PDF loses
    // nothing and adds nothing (what the recognisers make of the words is their own test's job).
    const PlanData &plan = doc->plan();
    QStringList lines = testutil::printedLines(*doc);
    lines << plan.info.organisation
          << QStringLiteral("%1年%2月%3日").arg(plan.info.documentDate.year()).arg(plan.info.documentDate.month())
                 .arg(plan.info.documentDate.day());
    const ImportResult asText = PlanImport::parseText(lines.join(QLatin1Char('\n')));
    CHECK(read.targetCount() == asText.targetCount());
    const PlanData back = PlanImport::toPlan(read);
    const PlanData backText = PlanImport::toPlan(asText);
    QStringList titles, backTitles;
    for (Id s : sample.sectionsInOrder())
        for (Id t : sample.sectionTasks.value(s))
            titles << sample.tasks.value(t).title;
    for (Id s : back.sectionsInOrder())
        for (Id t : back.sectionTasks.value(s))
            backTitles << back.tasks.value(t).title;
    CHECK(backTitles == titles);
    // The annex gives each task the deadline the text leaves out; otherwise the PDF reads as its words.
    QList<QDate> deadlines, readDeadlines;
    for (Id s : sample.sectionsInOrder())
        for (Id t : sample.sectionTasks.value(s))
            deadlines << sample.tasks.value(t).deadline;
    ImportResult textWithDeadlines = asText;
    for (int i = 0, task = 0; i < read.nodes.size() && i < textWithDeadlines.nodes.size(); ++i)
        if (read.nodes.at(i).kind == ImportNode::Kind::Task) {
            readDeadlines << read.nodes.at(i).deadline;
            if (!textWithDeadlines.nodes.at(i).deadline.isValid())
                textWithDeadlines.nodes[i].deadline = deadlines.value(task);
            ++task;
        }
    CHECK(readDeadlines == deadlines);
    CHECK(PlanImport::toJson(read) == PlanImport::toJson(textWithDeadlines));
    CHECK(back.departments.size() == backText.departments.size());
}

TEST_CASE("The sample's 分解表 printed alone imports as the plan it came from, with or without its 序号 column")
{
    QTemporaryDir dir;
    auto doc = testutil::openSamplePlan(dir);
    REQUIRE(doc);
    QString error;
    const QString whole = dir.filePath(QStringLiteral("whole.pdf"));
    REQUIRE(PlanPrinter(*doc, PrintOptions{}).writePdf(whole, &error));
    ImportResult fromWhole;
    REQUIRE(PlanImport::readFile(whole, &fromWhole, &error));

    for (const bool numbered : {true, false}) {
        INFO("序号 column: " << numbered);
        PrintOptions options;
        options.parts = PrintOptions::Annex;
        if (!numbered)
            options.annexColumns.removeAll(PrintOptions::Number);
        const QString annex = dir.filePath(QStringLiteral("annex-%1.pdf").arg(int(numbered)));
        REQUIRE(PlanPrinter(*doc, options).writePdf(annex, &error));
        ImportResult fromAnnex;
        REQUIRE(PlanImport::readFile(annex, &fromAnnex, &error));
        CHECK(fromAnnex.count(ImportNode::Kind::Task) == doc->plan().tasks.size());
        CHECK(fromAnnex.title == doc->plan().info.title);
        // The same sections, tasks, departments, deadlines and targets as the whole printed plan;
        // with a 序号 column each task's label is its number there, as the table writes it
        // (the text numbers within each section, the table runs on).
        ImportResult whole = fromWhole;
        if (numbered) {
            int row = 0;
            for (ImportNode &n : fromAnnex.nodes)
                if (n.kind == ImportNode::Kind::Task) {
                    CHECK(n.label == QStringLiteral("%1.").arg(++row));
                    n.label.clear();
                }
            for (ImportNode &n : whole.nodes)
                if (n.kind == ImportNode::Kind::Task)
                    n.label.clear();
        }
        CHECK(PlanImport::toJson(fromAnnex) == PlanImport::toJson(whole));
        // Each node is shown beside its own row of the table.
        for (const ImportNode &n : std::as_const(fromAnnex.nodes)) {
            const QString row = fromAnnex.source.mid(n.sourceStart, n.sourceEnd - n.sourceStart);
            CHECK(row.contains(n.title));
        }
    }
}

TEST_CASE("A PDF without text, a PDF that is none and a damaged one are refused with a reason")
{
    QTemporaryDir dir;
    // A page with only a drawing: what a scan without OCR amounts to.
    const QString picture = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(picture);
        QPainter p(&writer);
        p.fillRect(QRect(100, 100, 2000, 3000), Qt::gray);
    }
    ImportResult read;
    QString error;
    CHECK_FALSE(PlanImport::readFile(picture, &read, &error));
    CHECK(error.contains(QStringLiteral("no text")));

    const QString fake = dir.filePath(QStringLiteral("fake.pdf"));
    REQUIRE(testutil::writeAll(fake, "this is a text file with a .pdf name"));
    error.clear();
    CHECK_FALSE(PlanImport::readFile(fake, &read, &error));
    CHECK(error.contains(QStringLiteral("not a PDF")));

    const QString damaged = dir.filePath(QStringLiteral("damaged.pdf"));
    REQUIRE(testutil::writeAll(damaged, QByteArray("%PDF-1.4\n") + QByteArray(3000, '\x07')));
    error.clear();
    CHECK_FALSE(PlanImport::readFile(damaged, &read, &error));
    CHECK_FALSE(error.isEmpty());
}

namespace {

// A PDF of portrait pages, each with the given lines from the top of the page down.
QByteArray pdfOf(const QList<QStringList> &pages, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("made.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter p(&writer);
        QFont font(PrintFonts::defaults().body);
        font.setPointSizeF(12);
        p.setFont(font);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            int y = 300;
            for (const QString &line : pages.at(i)) {
                p.drawText(QPointF(300, y), line);
                y += 120;
            }
        }
    }
    return testutil::readAll(path);
}

} // namespace

TEST_CASE("Running headers and footers, 第N页 page numbers and Kangxi radicals do not reach the plan")
{
    QTemporaryDir dir;
    QList<QStringList> pages;
    for (int i = 1; i <= 4; ++i) {
        QStringList lines{QStringLiteral("东川县卫生健康局文件")};
        if (i == 1)
            lines << QStringLiteral("东川县2025年卫生健康工作要点") << QStringLiteral("一、基层卫⽣服务");
        lines << QStringLiteral("%1.推进第%1项重点工作，完成率达到9%1%。").arg(i);
        lines << QStringLiteral("第%1页 共4页").arg(i);
        pages << lines;
    }
    PdfContent pdf;
    QString error;
    REQUIRE(PdfReader::read(pdfOf(pages, dir), &pdf, &error));
    const QString text = pdf.text;
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QStringLiteral("东川县卫生健康局文件")));
    CHECK_FALSE(text.contains(QStringLiteral("页")));
    CHECK(text.contains(QStringLiteral("一、基层卫生服务")));   // 生, not the radical ⽣
    CHECK(text.startsWith(QStringLiteral("东川县2025年卫生健康工作要点")));
    CHECK(text.contains(QStringLiteral("4.推进第4项重点工作，完成率达到94%。")));
    // The other page numbers a PDF carries.
    CHECK(PdfReader::joinLines({QStringLiteral("一、总则"), QStringLiteral("- 2 -"), QStringLiteral("3 / 12"),
                                QStringLiteral("第 3 页"), QStringLiteral("1.开展工作。")})
          == QStringLiteral("一、总则\n1.开展工作。"));
}

TEST_CASE("An item that opens many pages, alike but for its numbers, is text, not a running header")
{
    // A long plan whose pages each begin with a work item worded as the others are: "12.第12项…".
    QTemporaryDir dir;
    QList<QStringList> pages;
    for (int i = 1; i <= 5; ++i)
        pages << QStringList{QStringLiteral("　　%1.第%1项重点工作任务。围绕年度目标推进").arg(i + 10),
                             QStringLiteral("工作，完成率达到9%1%。").arg(i), QStringLiteral("— %1 —").arg(i)};
    PdfContent pdf;
    QString error;
    REQUIRE(PdfReader::read(pdfOf(pages, dir), &pdf, &error));
    INFO(pdf.text.toStdString());
    for (int i = 1; i <= 5; ++i)
        CHECK(pdf.text.contains(QStringLiteral("%1.第%1项重点工作任务").arg(i + 10)));
    CHECK_FALSE(pdf.text.contains(QStringLiteral("—")));
}

TEST_CASE("A PDF of more pages than any plan is refused with a reason")
{
    QTemporaryDir dir;
    QList<QStringList> pages;
    for (int i = 0; i < 401; ++i)
        pages << QStringList{QStringLiteral("第%1段").arg(i)};
    PdfContent pdf;
    QString error;
    CHECK_FALSE(PdfReader::read(pdfOf(pages, dir), &pdf, &error));
    CHECK(error.contains(QStringLiteral("401")));
}

TEST_CASE("A PDF that asks for a password is refused and says so")
{
    // A page under the standard security handler whose user password is not the empty one.
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 8 >>\nstream\n\x01\x02\x03\x04\x05\x06\x07\x08\nendstream",
        "<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray("11").repeated(32) + "> /U <" + QByteArray("22").repeated(32)
            + "> /P -4 >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n"
          "startxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.pdf"));
    REQUIRE(testutil::writeAll(path, pdf));
    ImportResult r;
    QString error;
    CHECK_FALSE(PlanImport::readFile(path, &r, &error));
    CHECK(error.contains(QStringLiteral("password")));
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("locked.pdf")});
}

TEST_CASE("A PDF's reading tells each page as it goes, and stops at the page it is told to, reading nothing more")
{
    QTemporaryDir dir;
    QList<QStringList> pages;
    for (int i = 0; i < 6; ++i)
        pages << QStringList{QStringLiteral("一、第%1部分").arg(i + 1), QStringLiteral("1.第%1项工作。").arg(i + 1)};
    const QByteArray bytes = pdfOf(pages, dir);
    QList<std::pair<qint64, qint64>> told;
    PdfContent pdf;
    QString error;
    REQUIRE(PdfReader::read(bytes, &pdf, &error, [&told](qint64 done, qint64 total) {
        told.append({done, total});
        return true;
    }));
    CHECK(told == QList<std::pair<qint64, qint64>>{{0, 6}, {1, 6}, {2, 6}, {3, 6}, {4, 6}, {5, 6}, {6, 6}});

    told.clear();
    PdfContent stopped;
    CHECK_FALSE(PdfReader::read(bytes, &stopped, &error, [&told](qint64 done, qint64 total) {
        told.append({done, total});
        return done < 2;
    }));
    CHECK(told.size() == 3);   // pages 1 and 2 read, the third not begun
    CHECK(error.contains(QStringLiteral("stopped")));
    // And through the import, which says nothing was read.
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(testutil::writeAll(path, bytes));
    ImportResult read;
    CHECK_FALSE(PlanImport::readFile(path, &read, &error, [](qint64, qint64) { return false; }));
    CHECK(read.nodes.isEmpty());
    CHECK(error.contains(QStringLiteral("stopped")));
}
