// The printed plan checked the way a reader of the PDF sees it: with poppler-utils.
#include "io/planjson.h"
#include "print/planprinter.h"
#include "print/bulletinprinter.h"
#include "print/documentpainter.h"

#include "../support/pdfpages.h"
#include "../support/testutil.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace ap;
using testutil::Line;
using testutil::PdfPage;
using testutil::pages;
using testutil::run;

namespace {

struct Sample
{
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    QString pdf;
    QList<PdfPage> pdfPages;

    explicit Sample(bool issuedByNotice = false, const PrintOptions &options = PrintOptions{})
    {
        QString error;
        doc = testutil::openSamplePlan(dir, issuedByNotice);
        pdf = dir.filePath(QStringLiteral("plan.pdf"));
        REQUIRE(PlanPrinter(*doc, options).writePdf(pdf, &error));
        pdfPages = pages(pdf);
        REQUIRE(pdfPages.size() > 3);
    }
    bool portrait(const PdfPage &p) const { return p.width < p.height; }
};

} // namespace

TEST_CASE("The printed plan is A4 portrait, its annexes A4 landscape, with every font embedded and none Type 3")
{
    Sample s;
    int portrait = 0, landscape = 0;
    bool seenLandscape = false;
    for (const PdfPage &p : s.pdfPages) {
        if (s.portrait(p)) {
            CHECK(qAbs(p.width - 595.3) < 1);
            CHECK(qAbs(p.height - 841.9) < 1);
            CHECK_FALSE(seenLandscape);  // the body comes first, then the annexes
            ++portrait;
        } else {
            CHECK(qAbs(p.width - 841.9) < 1);
            seenLandscape = true;
            ++landscape;
        }
    }
    CHECK(portrait >= 3);
    CHECK(landscape >= 2);
    const QStringList fonts = run(QStringLiteral("pdffonts"), {s.pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &f : fonts) {
        INFO(f.toStdString());
        CHECK_FALSE(f.contains(QStringLiteral("Type 3")));
        const QStringList cols = f.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));  // emb
    }
}

TEST_CASE("The PDF text is the plan's text character for character")
{
    Sample s;
    QString all;
    for (const PdfPage &p : s.pdfPages)
        all += p.text();
    CHECK(s.pdfPages.first().lines.first().text == QStringLiteral("清河区2026年卫生健康工作计划"));
    CHECK(all.contains(QStringLiteral("一、夯实基层卫生服务网底")));
    CHECK(all.contains(QStringLiteral("（一）提高家庭医生签约服务质量")));
    CHECK(all.contains(QStringLiteral("重点人群家庭医生签约率提升至85%（2025年为80%），有偿签约服务覆盖率不低于30%。")));
    CHECK(all.contains(QStringLiteral("（责任单位：区卫健委基层卫生科牵头，区医保局、各街道办事处配合）")));
    CHECK(all.contains(QStringLiteral("清河区卫生健康委员会")));
    CHECK(all.contains(QStringLiteral("2026年1月20日")));
    // No ideograph comes out as a Kangxi radical (U+2F00–U+2FDF).
    for (const QChar c : all)
        CHECK_FALSE((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF));
}

TEST_CASE("A full body page holds 22 lines of at most 28 characters, none starting with closing punctuation")
{
    Sample s;
    static const QString closing = QStringLiteral("，。、；：？！）》」』”’");
    const PdfPage &second = s.pdfPages.at(1);  // a page in the middle of the body is full
    REQUIRE(s.portrait(second));
    // Lines in the text block (37 mm … 262 mm from the top), i.e. without the page number.
    QList<Line> body;
    for (const Line &l : second.lines)
        if (l.yMin > 37 / 25.4 * 72 - 10 && l.yMin < 262 / 25.4 * 72)
            body << l;
    CHECK(body.size() == 22);
    int fullLines = 0;
    for (const PdfPage &p : s.pdfPages) {
        for (const Line &l : p.lines) {
            INFO(l.text.toStdString());
            CHECK_FALSE(closing.contains(l.text.front()));
            // Inside the 156 mm text block; a line of ideographs alone holds at most 28 of them.
            if (s.portrait(p) && l.yMin < 262 / 25.4 * 72) {
                CHECK(l.xMax <= (28 + 156) / 25.4 * 72 + 1);
                bool fullWidth = true;
                for (const QChar c : l.text)
                    fullWidth = fullWidth && c.unicode() >= 0x80;
                if (fullWidth) {
                    CHECK(l.text.size() <= 28);
                    fullLines += l.text.size() == 28 ? 1 : 0;
                }
            }
        }
    }
    CHECK(fullLines > 20);  // lines of ideographs fill the grid exactly
}

TEST_CASE("Page numbers read — N — under the text block, odd pages right and even pages left")
{
    Sample s;
    static const QRegularExpression number(QStringLiteral("^—(\\d+)—$"));
    for (int i = 0; i < s.pdfPages.size(); ++i) {
        const PdfPage &p = s.pdfPages.at(i);
        const Line *found = nullptr;
        for (const Line &l : p.lines)
            if (number.match(l.text).hasMatch())
                found = &l;
        INFO("page " << i + 1);
        REQUIRE(found);
        CHECK(number.match(found->text).captured(1).toInt() == i + 1);
        if (s.portrait(p))
            CHECK(found->yMin > 262 / 25.4 * 72);
        if ((i + 1) % 2 == 1)
            CHECK(found->xMin > p.width / 2);
        else
            CHECK(found->xMax < p.width / 2);
    }
}

TEST_CASE("Every annex page repeats the table header row")
{
    Sample s;
    int annexPages = 0;
    for (const PdfPage &p : s.pdfPages) {
        if (s.portrait(p))
            continue;
        ++annexPages;
        // The header is the first table row: under the top edge, or under the annex title.
        QString head;
        for (int i = 0; i < qMin<qsizetype>(10, p.lines.size()); ++i)
            head += p.lines.at(i).text;
        INFO(head.toStdString());
        CHECK(head.contains(QStringLiteral("序号")));
        CHECK(head.contains(QStringLiteral("工作任务")));
        CHECK(head.contains(QStringLiteral("完成时限")));
    }
    CHECK(annexPages >= 2);
}

TEST_CASE("An export to a place that cannot be written says why and leaves no file")
{
    testutil::DocumentFixture f;
    QString error;
    CHECK_FALSE(PlanPrinter(*f.doc, PrintOptions{}).writePdf(f.dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    CHECK(error.contains(QStringLiteral("x.pdf")));
    QDir(f.dir.path()).mkdir(QStringLiteral("out"));
    const QString target = f.dir.filePath(QStringLiteral("out/plan.pdf"));
    bool asked = false;
    CHECK_FALSE(PlanPrinter(*f.doc, PrintOptions{}).writePdf(target, &error, [&](int, int) {
        asked = true;
        return false;  // cancelled
    }));
    CHECK(asked);
    CHECK(testutil::listing(f.dir.filePath(QStringLiteral("out"))).isEmpty());
}

TEST_CASE("Print options keep their fonts, parts and annex columns in the settings")
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnnualPlanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planprinter"));
    QSettings().remove(QStringLiteral("print"));
    PrintOptions o = PrintOptions::fromSettings();
    CHECK(o.parts == PrintOptions::All);
    CHECK(o.annexColumns.size() == PrintOptions::AnnexColumnCount);
    o.parts = PrintOptions::Annex;
    o.annexColumns = {PrintOptions::Number, PrintOptions::TaskTitle, PrintOptions::Lead};
    o.fonts.body = QStringLiteral("AR PL UKai CN");
    o.save();
    const PrintOptions back = PrintOptions::fromSettings();
    CHECK(back.parts == PrintOptions::Annex);
    CHECK(back.annexColumns == o.annexColumns);
    CHECK(back.fonts.body == QStringLiteral("AR PL UKai CN"));
    QSettings().remove(QStringLiteral("print"));
}

TEST_CASE("A font left as chosen at print time follows what is installed; a clerk's own choice is kept")
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnnualPlanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planprinter"));
    QSettings().remove(QStringLiteral("print"));
    const PrintFonts automatic = PrintFonts::defaults();
    PrintOptions o = PrintOptions::fromSettings();
    o.fonts.heading2 = QStringLiteral("AR PL UMing CN");   // one of another role's stand-ins, chosen
    o.save();
    QSettings s;
    s.beginGroup(QStringLiteral("print"));
    // Only the choice is stored; the roles left alone follow the fonts installed.
    CHECK(s.contains(QStringLiteral("fontRoles/heading2")));
    CHECK_FALSE(s.contains(QStringLiteral("fontRoles/body")));
    // An earlier version kept every role's family: one of the role's own list was chosen for the
    // clerk and is chosen again now; any other was the clerk's.
    s.setValue(QStringLiteral("fontBody"), QStringLiteral("AR PL UMing CN"));
    s.setValue(QStringLiteral("fontHeading1"), QStringLiteral("DejaVu Sans"));
    s.endGroup();
    const PrintOptions back = PrintOptions::fromSettings();
    CHECK(back.fonts.heading2 == QStringLiteral("AR PL UMing CN"));
    CHECK(back.fonts.body == automatic.body);
    CHECK(back.fonts.heading1 == QStringLiteral("DejaVu Sans"));
    QSettings().remove(QStringLiteral("print"));
}

TEST_CASE("The annex prints only the chosen columns")
{
    Sample s;
    PrintOptions o;
    o.parts = PrintOptions::Annex;
    o.annexColumns = {PrintOptions::Number, PrintOptions::TaskTitle, PrintOptions::Lead};
    const QString pdf = s.dir.filePath(QStringLiteral("annex.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*s.doc, o).writePdf(pdf, &error));
    const QList<PdfPage> annex = pages(pdf);
    REQUIRE_FALSE(annex.isEmpty());
    QString text;
    for (const PdfPage &p : annex) {
        CHECK_FALSE(s.portrait(p));
        text += p.text();
    }
    CHECK(text.contains(QStringLiteral("牵头单位")));
    CHECK_FALSE(text.contains(QStringLiteral("配合单位")));
    CHECK_FALSE(text.contains(QStringLiteral("目标指标")));
}

TEST_CASE("An export that meets a full disk says so and leaves no partial file")
{
    testutil::SmallDisk disk(QStringLiteral("256k"));
    if (!disk.ok()) {
        WARN("cannot mount a small tmpfs here (not root?): full-disk export test skipped");
        return;
    }
    Sample s;
    disk.fill(16 * 1024);
    const QStringList before = testutil::listing(disk.path(QString()));
    QString error;
    CHECK_FALSE(PlanPrinter(*s.doc, PrintOptions{}).writePdf(disk.path(QStringLiteral("plan.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(testutil::listing(disk.path(QString())) == before);
    disk.fill(0);  // no room at all: the Word document does not fit either
    CHECK_FALSE(PlanPrinter(*s.doc, PrintOptions{}).writeDocx(disk.path(QStringLiteral("plan.docx")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(testutil::listing(disk.path(QString())) == before);
}

TEST_CASE("An imported task whose text states its target prints the target once, in its own words")
{
    QTemporaryDir dir;
    PlanData data = testutil::smallPlan();
    Task &t = data.tasks[100];
    t.description = QStringLiteral("开展病历质量专项检查，抽查率不低于5%，问题整改完成率达到95%以上");
    Target sample;
    sample.indicator = QStringLiteral("每月抽取");    // as an importer may cut it
    sample.op = TargetOp::AtLeast;
    sample.value = 5;
    sample.unit = QStringLiteral("%");
    Target fixed;
    fixed.indicator = QStringLiteral("整改完成率需达");
    fixed.op = TargetOp::AtLeast;
    fixed.value = 95;
    fixed.unit = QStringLiteral("%");
    t.targets = {sample, fixed};
    const QString path = dir.filePath(QStringLiteral("imported.aplan"));
    QString error;
    auto doc = PlanDocument::create(path, data, &error);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("imported.pdf"));
    REQUIRE(PlanPrinter(*doc, PrintOptions{}).writePdf(pdf, &error));
    QString all;   // the body: its portrait pages (the annex table lists the targets again, as a table does)
    for (const PdfPage &p : pages(pdf))
        if (p.width < p.height)
            all += p.text();
    CHECK(all.contains(QStringLiteral("问题整改完成率达到95%以上。")));
    CHECK(all.count(QStringLiteral("95%")) == 1);
    CHECK(all.count(QStringLiteral("5%，")) == 1);
    CHECK_FALSE(all.contains(QStringLiteral("需达不低于")));
    CHECK_FALSE(all.contains(QStringLiteral("每月抽取不低于")));
}

TEST_CASE("No annex page ends with a group row: a section or department goes over with its first task")
{
    QTemporaryDir dir;
    // Many short sections, each under a heading of its own (一、 over （一）), with tasks whose
    // titles take one to three lines: group rows fall at every height of the page somewhere.
    PlanData data = testutil::smallPlan();
    Id nextId = 1000;
    for (int s = 0; s < 16; ++s) {
        Section top{nextId++, 0, QStringLiteral("第%1方面重点工作").arg(s + 1)};
        data.sections.insert(top.id, top);
        data.childSections[0].append(top.id);
        for (int c = 0; c < 2; ++c) {
            Section section{nextId++, top.id, QStringLiteral("第%1组重点工作").arg(s * 2 + c + 1)};
            data.sections.insert(section.id, section);
            data.childSections[top.id].append(section.id);
            const int tasks = 1 + (s * s + c + s / 3) % 4;   // uneven, so groups fall at every height
            for (int i = 0; i < tasks; ++i) {
                Task t;
                t.id = nextId++;
                t.title = QStringLiteral("第%1组任务%2").arg(s * 2 + c + 1).arg(i + 1)
                          + QString(QStringLiteral("推进重点工作落实")).repeated((s + i) % 4);
                t.deadline = QDate(2026, 12, 31);
                data.tasks.insert(t.id, t);
                data.sectionTasks[section.id].append(t.id);
                data.taskSection.insert(t.id, section.id);
            }
        }
    }
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("groups.aplan")), data, &error);
    REQUIRE(doc);
    QStringList groups;
    for (Id sid : doc->plan().sectionsInOrder())
        groups << doc->sectionLabel(sid) + doc->plan().sections.value(sid).title;
    const QString pdf = dir.filePath(QStringLiteral("groups.pdf"));
    const bool report = GENERATE(false, true);
    if (report) {
        INFO("the 进展通报's table");
        REQUIRE(BulletinPrinter(*doc, BulletinPrinter::Kind::Progress, QStringLiteral("2026Q3"), QDate(2026, 9, 30)).writePdf(pdf, &error));
    } else {
        INFO("the plan's 重点任务分解表");
        PrintOptions options;
        options.parts = PrintOptions::Annex;
        REQUIRE(PlanPrinter(*doc, options).writePdf(pdf, &error));
    }
    QList<PdfPage> annex = pages(pdf);
    annex.erase(std::remove_if(annex.begin(), annex.end(), [](const PdfPage &p) { return p.width < p.height; }), annex.end());
    REQUIRE(annex.size() >= 3);
    static const QRegularExpression pageNumber(QStringLiteral("^—\\s*\\d+\\s*—$"));
    int headings = 0;
    for (int p = 0; p < annex.size(); ++p) {
        QList<Line> lines = annex.at(p).lines;
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const Line &l) { return pageNumber.match(l.text).hasMatch(); }),
                    lines.end());
        REQUIRE_FALSE(lines.isEmpty());
        for (const Line &l : lines)
            headings += l.text.startsWith(QStringLiteral("一、")) ? 1 : 0;
        if (p + 1 == annex.size())
            continue;
        // The lowest row on the page (pdftotext lists a table by columns, so by height).
        double lowest = 0;
        for (const Line &l : lines)
            lowest = std::max(lowest, l.yMin);
        for (const Line &l : lines)
            if (l.yMin > lowest - 2) {
                INFO("page " << p + 1 << " ends with " << l.text.toStdString());
                CHECK_FALSE(groups.contains(l.text));
            }
    }
    // The top-level headings are rows too, in the report as in the plan.
    CHECK(headings == 1);
}

TEST_CASE("A run of empty sections longer than a page fills its pages instead of a page each")
{
    // A draft whose outline is there before its tasks: 60 sections, one task at the end.
    QTemporaryDir dir;
    PlanData data = testutil::smallPlan();
    Id nextId = 1000, last = 0;
    for (int s = 0; s < 60; ++s) {
        Section section{nextId++, 0, QStringLiteral("第%1方面重点工作").arg(s + 1)};
        data.sections.insert(section.id, section);
        data.childSections[0].append(section.id);
        last = section.id;
    }
    Task t;
    t.id = nextId++;
    t.title = QStringLiteral("最后一项任务");
    data.tasks.insert(t.id, t);
    data.sectionTasks[last].append(t.id);
    data.taskSection.insert(t.id, last);
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("empty.aplan")), data, &error);
    REQUIRE(doc);
    PrintOptions options;
    options.parts = PrintOptions::Annex;
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(PlanPrinter(*doc, options).writePdf(pdf, &error));
    QList<PdfPage> annex = pages(pdf);
    annex.erase(std::remove_if(annex.begin(), annex.end(), [](const PdfPage &p) { return p.width < p.height; }), annex.end());
    // Some 62 group rows fit about 15 to a landscape page, with the smallPlan's own rows.
    CHECK(annex.size() <= 6);
    int rows = 0;
    for (const PdfPage &p : std::as_const(annex))
        for (const Line &l : p.lines)
            rows += l.text.contains(QStringLiteral("方面重点工作")) ? 1 : 0;
    CHECK(rows == 60);
    CHECK(annex.last().lines.size() > 1);
}

TEST_CASE("The 附件说明 lists the annexes under the text, the second number under the first, before the signature")
{
    Sample s;
    QList<Line> lines;
    for (const PdfPage &p : s.pdfPages)
        if (s.portrait(p))
            lines = p.lines;   // the last body page
    const auto find = [&lines](const QString &start, QList<Line>::const_iterator from) {
        return std::find_if(from, lines.cend(), [&start](const Line &l) { return l.text.startsWith(start); });
    };
    const auto first = find(QStringLiteral("附件："), lines.cbegin());
    REQUIRE(first != lines.cend());
    const auto second = find(QStringLiteral("2."), first);
    const auto signature = find(s.doc->plan().info.organisation, first);
    REQUIRE(first != lines.cend());
    REQUIRE(second != lines.cend());
    REQUIRE(signature != lines.cend());
    CHECK(first->text == QStringLiteral("附件：1.") + s.doc->plan().info.title + QStringLiteral("重点任务分解表"));
    CHECK(second->text == QStringLiteral("2.") + s.doc->plan().info.title + QStringLiteral("责任清单"));
    CHECK(first->yMin < second->yMin);
    CHECK(second->yMin < signature->yMin);
    // "附件" two characters in; "2." where "1." is: three characters further.
    const double cell = 156.0 / 28 * 72 / 25.4;   // points
    CHECK(std::abs(first->xMin - (28 * 72 / 25.4 + 2 * cell)) < 1.5);
    CHECK(std::abs(second->xMin - (first->xMin + 3 * cell)) < 1.5);
    // Without annexes there is nothing to list.
    PrintOptions planOnly;
    planOnly.parts = PrintOptions::Plan;
    for (const PrintedParagraph &p : PlanPrinter(*s.doc, planOnly).content().body)
        CHECK(p.role != PrintedParagraph::Role::Attachment);
}

namespace {

const double kPt = 72 / 25.4;   // points to the millimetre

// The lines of a page from the first that starts with start, joined, up to the one that ends
// with end: a paragraph that may take several lines.
QString joinedFrom(const PdfPage &p, const QString &start, const QString &end)
{
    QString out;
    bool on = false;
    for (const Line &l : p.lines) {
        on = on || l.text.startsWith(start);
        if (on)
            out += l.text;
        if (on && l.text.endsWith(end))
            break;
    }
    return out;
}

const Line *lineStarting(const PdfPage &p, const QString &start)
{
    for (const Line &l : p.lines)
        if (l.text.startsWith(start))
            return &l;
    return nullptr;
}

// Pixels of a page rendered at 72 dpi that are red (the 版头's ink).
QImage renderPage(const QString &pdf, int page, const QTemporaryDir &dir)
{
    const QString prefix = dir.filePath(QStringLiteral("page%1").arg(page));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

bool red(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) < 90 && qBlue(c) < 90;
}

} // namespace

TEST_CASE("Issued by notice, the plan prints after its red-headed notice: mark, number, red line, title, addressees, text, 附件说明, signature")
{
    Sample s(true);
    const IssueNotice &n = s.doc->plan().info.notice;
    const QString title = s.doc->plan().info.title;
    const PdfPage &first = s.pdfPages.first();
    REQUIRE(first.lines.size() > 6);
    // The 发文机关标志: the first line, its top 35 mm into the text block, nearly the block's width.
    const Line &mark = first.lines.at(0);
    CHECK(mark.text == n.issuerMark);
    CHECK(std::abs(mark.yMin / kPt - (37 + 35)) < 4);
    CHECK(mark.xMax - mark.xMin > 120 * kPt);
    CHECK(mark.xMax - mark.xMin <= 156 * kPt + 1);
    CHECK(first.lines.at(1).text == n.number);
    const Line *titleLine = lineStarting(first, QStringLiteral("关于印发"));
    REQUIRE(titleLine);
    CHECK(joinedFrom(first, QStringLiteral("关于印发"), QStringLiteral("的通知")) == IssueNotice::titleFor(title));
    CHECK(joinedFrom(first, QStringLiteral("各街道"), QStringLiteral("：")) == n.addressees + QStringLiteral("："));
    // The text on the first page, or with the 附件说明 and signature on the next where they do
    // not fit under it: they keep with the text's last lines (GB/T 9704 7.3.5.5).
    const PdfPage &text = lineStarting(first, QStringLiteral("现将")) ? first : s.pdfPages.at(1);
    CHECK(joinedFrom(text, QStringLiteral("现将"), QStringLiteral("。")) == IssueNotice().textFor(title));
    CHECK(joinedFrom(text, QStringLiteral("附件："), title) == QStringLiteral("附件：1.") + title);
    CHECK(lineStarting(text, s.doc->plan().info.organisation));
    // The notice's pages: up to the plan's, which begins with its label.
    QString notice;
    for (const PdfPage &p : s.pdfPages) {
        if (!p.lines.isEmpty() && p.lines.first().text.startsWith(QStringLiteral("附件")))
            break;
        notice += p.text();
    }
    CHECK(notice.contains(QStringLiteral("2.") + title + QStringLiteral("重点任务分解表")));
    CHECK(notice.contains(QStringLiteral("3.") + title + QStringLiteral("责任清单")));
    // The addressees flush left; the number two lines under the mark, the title under the red line.
    const Line *addressee = lineStarting(first, QStringLiteral("各街道"));
    REQUIRE(addressee);
    CHECK(std::abs(addressee->xMin - 28 * kPt) < 1.5);
    const double pitch = 225.0 / 22 * kPt;
    CHECK(first.lines.at(1).yMin - mark.yMin > 2 * pitch);

    // The mark and the line are red, and the line spans the text block between number and title.
    const QImage page = renderPage(s.pdf, 1, s.dir);
    int redInMark = 0;
    for (int y = int(mark.yMin); y < int(mark.yMin + 12 * kPt); ++y)
        for (int x = int(mark.xMin); x < int(mark.xMax); ++x)
            redInMark += red(page.pixel(x, y)) ? 1 : 0;
    CHECK(redInMark > 200);
    int longestRun = 0;
    for (int y = int(first.lines.at(1).yMin); y < int(titleLine->yMin); ++y) {
        int run = 0;
        for (int x = 0; x < page.width(); ++x)
            run = red(page.pixel(x, y)) ? run + 1 : 0, longestRun = std::max(longestRun, run);
    }
    CHECK(longestRun > 150 * kPt);

    // The signature and date are the notice's; the plan after it has none of its own.
    int signatures = 0;
    for (const PdfPage &p : s.pdfPages)
        for (const Line &l : p.lines)
            signatures += l.text == s.doc->plan().info.organisation ? 1 : 0;
    CHECK(signatures == 1);
}

TEST_CASE("The organisation and the date never have a page to themselves: the lines before them go along")
{
    const bool notice = GENERATE(false, true);
    INFO((notice ? "the notice's signature" : "the plan's signature"));
    Sample s(notice);
    static const QRegularExpression pageNumber(QStringLiteral("^—\\d+—$"));
    const QString organisation = s.doc->plan().info.organisation;
    bool found = false;
    for (const PdfPage &p : s.pdfPages) {
        const auto signature = std::find_if(p.lines.cbegin(), p.lines.cend(), [&](const Line &l) { return l.text == organisation; });
        if (signature == p.lines.cend())
            continue;
        found = true;
        int before = 0;
        for (auto l = p.lines.cbegin(); l != signature; ++l)
            before += pageNumber.match(l->text).hasMatch() ? 0 : 1;
        CHECK(before > 0);
        // One or two blank lines between: at most three lines' pitch from the line above.
        if (before > 0)
            CHECK(signature->yMin - std::prev(signature)->yMin < 3.5 * 225.0 / 22 * kPt);
    }
    CHECK(found);
}

TEST_CASE("Issued by notice, the plan is 附件1 on a page of its own, its tables 附件2 and 附件3, the 版记 on the last even page")
{
    Sample s(true);
    const QString title = s.doc->plan().info.title;
    // The plan begins a page: "附件1" on its first line, the title on the third.
    int planPage = -1;
    for (int i = 0; i < s.pdfPages.size() && planPage < 0; ++i)
        if (!s.pdfPages.at(i).lines.isEmpty() && s.pdfPages.at(i).lines.first().text == QStringLiteral("附件1"))
            planPage = i;
    REQUIRE(planPage > 0);
    const PdfPage &plan = s.pdfPages.at(planPage);
    REQUIRE(plan.lines.size() > 2);
    CHECK(plan.lines.at(1).text == title);
    const double pitch = 225.0 / 22 * kPt;
    CHECK(std::abs(plan.lines.at(0).yMin / kPt - 37) < 5);
    CHECK(plan.lines.at(1).yMin - plan.lines.at(0).yMin > 1.5 * pitch);
    QStringList labels;
    for (const PdfPage &p : s.pdfPages)
        if (!s.portrait(p) && !p.lines.isEmpty() && p.lines.first().text.startsWith(QStringLiteral("附件")))
            labels << p.lines.first().text;
    CHECK(labels == QStringList{QStringLiteral("附件2"), QStringLiteral("附件3")});

    // The 版记 on the last page, an even one, its last line on the block's foot; before it a blank
    // page where the text ends on an even page, and then neither is numbered.
    REQUIRE(s.pdfPages.size() % 2 == 0);
    const PdfPage &last = s.pdfPages.last();
    CHECK(s.portrait(last));
    const Line *copies = lineStarting(last, QStringLiteral("抄送："));
    REQUIRE(copies);
    CHECK(copies->text == QStringLiteral("抄送：区人民政府办公室，区疾病预防控制中心。"));
    const Line *printed = lineStarting(last, QStringLiteral("清河区卫生健康委员会办公室"));
    REQUIRE(printed);
    CHECK(printed->text == QStringLiteral("清河区卫生健康委员会办公室"));
    const Line *date = lineStarting(last, QStringLiteral("2026年1月21日印发"));
    REQUIRE(date);
    CHECK(std::abs(date->yMin - printed->yMin) < 1);
    // The date one 4号 character in from the right.
    CHECK(std::abs(date->xMax - ((28 + 156) * kPt - 14)) < 1.5);
    CHECK(printed->yMin > copies->yMin);
    CHECK(printed->yMin / kPt > 37 + 225 - 12);
    CHECK(printed->yMin / kPt < 37 + 225);
    // "抄送" and the 印发机关 one 4号 character in.
    CHECK(std::abs(copies->xMin - (28 * kPt + 14)) < 1.5);
    const PdfPage &beforeLast = s.pdfPages.at(s.pdfPages.size() - 2);
    if (beforeLast.lines.isEmpty()) {
        CHECK(last.lines.size() == 3);   // 抄送, 印发机关, 印发日期: no page number
    } else {
        CHECK(last.text().contains(QStringLiteral("—%1—").arg(s.pdfPages.size())));
    }
    // Every page before is numbered in one sequence from the notice's first.
    for (int i = 0; i + (beforeLast.lines.isEmpty() ? 2 : 1) < s.pdfPages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(s.pdfPages.at(i).text().contains(QStringLiteral("—%1—").arg(i + 1)));
    }
}

TEST_CASE("The 版记 sits at the foot of the text's last page when that page is even and has room")
{
    PrintOptions planOnly;
    planOnly.parts = PrintOptions::Plan;
    Sample s(true, planOnly);
    const PdfPage &last = s.pdfPages.last();
    REQUIRE(s.pdfPages.size() % 2 == 0);
    const Line *copies = lineStarting(last, QStringLiteral("抄送："));
    REQUIRE(copies);
    // Text above it on the same page, and the page numbered.
    CHECK(last.lines.first().yMin < copies->yMin - 20);
    CHECK(last.text().contains(QStringLiteral("—%1—").arg(s.pdfPages.size())));
    // Without the annexes the 附件说明 names the plan alone, and the plan is "附件".
    QString notice;
    for (const PdfPage &p : s.pdfPages) {
        if (!p.lines.isEmpty() && p.lines.first().text == QStringLiteral("附件"))
            break;
        notice += p.text();
    }
    CHECK(notice.contains(QStringLiteral("附件：") + s.doc->plan().info.title));
    bool label = false;
    for (const PdfPage &p : s.pdfPages)
        label = label || (!p.lines.isEmpty() && p.lines.first().text == QStringLiteral("附件"));
    CHECK(label);
}

TEST_CASE("Not issued by notice, the plan prints as before: no 版头, no 版记, annexes 附件1 and 附件2")
{
    Sample s;
    CHECK(s.pdfPages.first().lines.first().text == s.doc->plan().info.title);
    for (const PdfPage &p : s.pdfPages)
        CHECK_FALSE(p.text().contains(QStringLiteral("抄送：")));
    const PrintedDocument content = PlanPrinter(*s.doc, PrintOptions{}).content();
    CHECK(content.notice.isEmpty());
    CHECK(content.record.isEmpty());
    REQUIRE(content.annexes.size() == 2);
    CHECK(content.annexes.at(0).label == QStringLiteral("附件1"));
    CHECK(content.annexes.at(1).label == QStringLiteral("附件2"));
    // One annex alone is "附件", as its 附件说明 names it without a number.
    PrintOptions one;
    one.parts = PrintOptions::Plan | PrintOptions::Annex;
    CHECK(PlanPrinter(*s.doc, one).content().annexes.value(0).label == QStringLiteral("附件"));
}

TEST_CASE("Every full line of the text ends at the block's right edge, and extracts without spaces")
{
    Sample s;
    const double right = (28 + 156) * kPt;
    const double left = 28 * kPt;
    int full = 0, flush = 0;
    for (const PdfPage &p : s.pdfPages) {
        if (!s.portrait(p))
            continue;
        for (int i = 0; i + 1 < p.lines.size(); ++i) {
            const Line &l = p.lines.at(i);
            const Line &next = p.lines.at(i + 1);
            // A line the paragraph goes on from: the next starts at the block's left edge.
            if (std::abs(next.xMin - left) > 1 || std::abs(l.xMin - left) > 60 || next.yMin > 262 * kPt)
                continue;
            ++full;
            INFO(l.text.toStdString());
            flush += l.xMax > right - 0.1 * 156 / 28 * kPt ? 1 : 0;
            // Never more than a Latin run and a closing mark short ("…为" before "80%）").
            CHECK(l.xMax > right - 4 * 156 / 28 * kPt);
        }
    }
    CHECK(full > 20);
    // Ragged lines (a Latin run that did not fit, a mark kept off the next line) are made flush,
    // all but a few whose shortfall is more than its gaps may take: where a word processor breaks
    // a line early too ("…为" before "80%）", "、" before "15000"), and stretches it, the print
    // does not stretch it as far as pdftotext would read a space.
    INFO(flush << " of " << full << " full lines are flush");
    CHECK(flush >= full * 95 / 100);
    // Spreading a line's shortfall never makes a gap pdftotext reads as a space.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                            QStringLiteral("3"), s.pdf, QStringLiteral("-")});
    static const QRegularExpression spaced(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}] +[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}0-9]"));
    INFO(spaced.match(text).captured(0).toStdString());
    CHECK_FALSE(spaced.match(text).hasMatch());
}

namespace {

bool sameParagraphs(const QList<PrintedParagraph> &a, const QList<PrintedParagraph> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).role != b.at(i).role || a.at(i).text != b.at(i).text || a.at(i).leadIn != b.at(i).leadIn)
            return false;
    return true;
}

} // namespace

TEST_CASE("A plan's opening is the first words of the whole, made without the rest, by notice or not")
{
    for (const int parts : {int(PrintOptions::All), int(PrintOptions::Plan), int(PrintOptions::Plan | PrintOptions::Annex),
                            int(PrintOptions::Annex)})
    for (const bool byNotice : {false, true}) {
        INFO("issued by notice: " << byNotice << ", parts " << parts);
        QTemporaryDir dir;
        const auto doc = testutil::openSamplePlan(dir, byNotice);
        PrintOptions options;
        options.parts = parts;
        const PlanPrinter printer(*doc, options);
        const PrintedDocument whole = printer.content();
        for (const int items : {0, 1, 5, 1000}) {
            INFO("work items: " << items);
            const PrintedDocument first = printer.opening(items);
            const PrintedDocument expected = whole.opening(items);
            CHECK(sameParagraphs(first.notice, whole.notice));
            CHECK(sameParagraphs(first.body, expected.body));
            CHECK(first.annexes.isEmpty());
            CHECK(first.record.isEmpty());
            int workItems = 0;
            for (const PrintedParagraph &p : first.body)
                workItems += p.role == PrintedParagraph::Role::Body ? 1 : 0;
            CHECK(workItems == ((parts & PrintOptions::Plan) ? std::min<int>(items, doc->plan().tasks.size()) : 0));
            // Nothing after the last work item: no heading without its text, no signature.
            if (workItems > 0 && workItems < doc->plan().tasks.size())
                CHECK(first.body.last().role == PrintedParagraph::Role::Body);
        }
    }
}

TEST_CASE("The 责任清单 lists each department's led tasks then its supported ones, in the plan's order, once each")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir);
    const PlanData &plan = doc->plan();
    const PrintedDocument content = PlanPrinter(*doc, PrintOptions{}).content();
    REQUIRE(content.annexes.size() == 2);
    const PrintedTable &list = content.annexes.at(1);
    // What it should hold, worked out the slow way: per department, role, then task in order.
    QList<QStringList> expected;
    for (const Department &d : plan.departments) {
        QList<QStringList> rows;
        for (const DepartmentRole role : {DepartmentRole::Lead, DepartmentRole::Support})
            for (Id sid : plan.sectionsInOrder())
                for (Id tid : plan.sectionTasks.value(sid))
                    if (plan.tasks.value(tid).departmentIds(role).contains(d.id))
                        rows << QStringList{QString::number(rows.size() + 1), plan.tasks.value(tid).title,
                                            role == DepartmentRole::Lead ? QStringLiteral("牵头") : QStringLiteral("配合")};
        if (rows.isEmpty())
            continue;
        expected << QStringList{d.name};
        expected << rows;
    }
    REQUIRE(list.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("row " << i);
        CHECK(list.rows.at(i).cells.mid(0, expected.at(i).size()) == expected.at(i));
    }
    CHECK(expected.size() > plan.departments.size());
}

TEST_CASE("A PDF told to stop while its text is laid out stops before painting a page of it, and is not written")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir);
    const PrintedDocument content = PlanPrinter(*doc, PrintOptions{}).content();
    const QString pdf = dir.filePath(QStringLiteral("stopped.pdf"));
    int firstDone = -1, calls = 0;
    QString error;
    CHECK_FALSE(DocumentPainter::writePdf(content, PrintFonts::defaults(), pdf, &error, [&](int done, int total) {
        if (calls++ == 0)
            firstDone = done;
        CHECK(total == content.steps());
        return false;
    }));
    CHECK(firstDone == 0);   // asked while laying out, before any work item was painted
    CHECK(calls == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));
}
