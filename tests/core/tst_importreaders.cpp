#include "import/docxreader.h"
#include "import/planimport.h"
#include "import/textdecode.h"
#include "import/xlsxreader.h"
#include "archive/zipreader.h"

#include "../support/testutil.h"
#include "../support/zipwriter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace ap;
using testutil::ZipMember;

namespace {

const QString kNumbering = QStringLiteral(
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");

QStringList labelledLines(const QList<DocxParagraph> &paragraphs)
{
    QStringList out;
    for (const DocxParagraph &p : paragraphs)
        if (!p.text.trimmed().isEmpty())
            out.append(p.numberLabel + p.text);
    return out;
}

QString shared(const QString &name)
{
    return QStringLiteral(ANNUALPLAN_SHARED_SAMPLES "/") + name;
}

} // namespace

TEST_CASE("A ZIP package's stored and deflated members read back byte for byte")
{
    const QByteArray big = QByteArray("年度计划").repeated(5000);
    const QByteArray zip = testutil::makeZip({{QStringLiteral("a.txt"), QByteArray("hello"), false},
                                              {QStringLiteral("dir/b.xml"), big, true}});
    ZipReader r;
    QString error;
    REQUIRE(r.open(zip, &error));
    CHECK(r.names() == (QStringList{QStringLiteral("a.txt"), QStringLiteral("dir/b.xml")}));
    QByteArray out;
    REQUIRE(r.read(QStringLiteral("a.txt"), &out, &error));
    CHECK(out == "hello");
    REQUIRE(r.read(QStringLiteral("dir/b.xml"), &out, &error));
    CHECK(out == big);
    CHECK_FALSE(r.read(QStringLiteral("missing"), &out, &error));
}

TEST_CASE("Damaged, encrypted and bomb-like ZIP packages are refused with a reason")
{
    ZipReader r;
    QString error;
    QByteArray out;
    CHECK_FALSE(r.open(QByteArray("PK\x03\x04 not really"), &error));
    CHECK(error.contains(QStringLiteral("damaged")));

    const QByteArray good = testutil::makeZip({{QStringLiteral("x"), QByteArray(1000, 'x')}});
    for (int cut : {10, 40, int(good.size()) - 5}) {
        ZipReader t;
        CHECK_FALSE(t.open(good.left(cut), &error));
    }

    ZipMember locked{QStringLiteral("x"), QByteArray("secret")};
    locked.encryptedFlag = true;
    REQUIRE(r.open(testutil::makeZip({locked}), &error));
    CHECK_FALSE(r.read(QStringLiteral("x"), &out, &error));
    CHECK(error.contains(QStringLiteral("password")));

    ZipMember wrong{QStringLiteral("x"), QByteArray("content")};
    wrong.wrongCrc = true;
    REQUIRE(r.open(testutil::makeZip({wrong}), &error));
    CHECK_FALSE(r.read(QStringLiteral("x"), &out, &error));

    // 200 MB of zeros deflate to about 200 KB: refused from the header, nothing allocated.
    const QByteArray zeros(200 * 1024 * 1024, '\0');
    const QByteArray bomb = testutil::makeZip({{QStringLiteral("word/document.xml"), zeros}});
    REQUIRE(bomb.size() < 1024 * 1024);
    REQUIRE(r.open(bomb, &error));
    CHECK_FALSE(r.read(QStringLiteral("word/document.xml"), &out, &error));
    CHECK(error.contains(QStringLiteral("zip bomb")));

    // A header that understates the size: inflating stops at the stated size and fails.
    ZipMember liar{QStringLiteral("x"), QByteArray(100000, 'a')};
    liar.claimedSize = 1000;
    REQUIRE(r.open(testutil::makeZip({liar}), &error));
    CHECK_FALSE(r.read(QStringLiteral("x"), &out, &error));
}

TEST_CASE("Random bytes never crash the ZIP reader")
{
    QRandomGenerator rng(20261122);
    const QByteArray good = testutil::makeZip({{QStringLiteral("a"), QByteArray("abc").repeated(300)},
                                               {QStringLiteral("b"), QByteArray("xyz").repeated(30), false}});
    for (int i = 0; i < 500; ++i) {
        QByteArray bytes = good;
        for (int k = 0; k < 8; ++k)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        ZipReader r;
        QString error;
        if (r.open(bytes, &error))
            for (const QString &name : r.names()) {
                QByteArray out;
                r.read(name, &out, &error);
            }
    }
    SUCCEED("500 mutated packages read without a crash");
}

TEST_CASE("Word's automatic numbering is rendered as the labels Word shows")
{
    const QString body = testutil::docxParagraph(QStringLiteral("总体目标"), 1, 0)
        + testutil::docxParagraph(QStringLiteral("签约服务"), 1, 1) + testutil::docxParagraph(QStringLiteral("扩大覆盖"), 1, 2)
        + testutil::docxParagraph(QStringLiteral("提高质量"), 1, 2) + testutil::docxParagraph(QStringLiteral("机构建设"), 1, 1)
        + testutil::docxParagraph(QStringLiteral("站点改造"), 1, 2) + testutil::docxParagraph(QStringLiteral("医疗质量"), 1, 0)
        + testutil::docxParagraph(QStringLiteral("要点"), 2, 0) + testutil::docxParagraph(QStringLiteral("普通段落"));
    QList<DocxParagraph> paragraphs;
    QString error;
    REQUIRE(DocxReader::read(testutil::makeDocx(body, kNumbering), &paragraphs, &error));
    CHECK(labelledLines(paragraphs)
          == (QStringList{QStringLiteral("一、总体目标"), QStringLiteral("（一）签约服务"), QStringLiteral("1.扩大覆盖"),
                          QStringLiteral("2.提高质量"), QStringLiteral("（二）机构建设"), QStringLiteral("1.站点改造"),
                          QStringLiteral("二、医疗质量"), QStringLiteral("要点"), QStringLiteral("普通段落")}));
    CHECK(paragraphs.at(2).numberLevel == 2);
    CHECK(paragraphs.at(8).numberLevel == -1);
}

TEST_CASE("Numbering comes from the paragraph style when the paragraph has none of its own")
{
    const QString styles = QStringLiteral(
        "<w:style w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:styleId=\"H1b\"><w:basedOn w:val=\"H1\"/></w:style>");
    const QString body = testutil::docxParagraph(QStringLiteral("第一部分"), 0, 0, QStringLiteral("H1"))
        + testutil::docxParagraph(QStringLiteral("第二部分"), 0, 0, QStringLiteral("H1b"));
    QList<DocxParagraph> paragraphs;
    QString error;
    REQUIRE(DocxReader::read(testutil::makeDocx(body, kNumbering, styles), &paragraphs, &error));
    CHECK(labelledLines(paragraphs) == (QStringList{QStringLiteral("一、第一部分"), QStringLiteral("二、第二部分")}));
}

TEST_CASE("Table cells, tabs and line breaks are read, and deleted text and field codes are not")
{
    const QString body = QStringLiteral(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>"
        "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
        "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>");
    QList<DocxParagraph> paragraphs;
    QString error;
    REQUIRE(DocxReader::read(testutil::makeDocx(body), &paragraphs, &error));
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs.at(0).text == QStringLiteral("任务"));
    CHECK(paragraphs.at(1).text == QStringLiteral("责任单位"));
    CHECK(paragraphs.at(2).text == QStringLiteral("甲\t乙\n丙"));
}

TEST_CASE("A Word plan without numbers whose items open with a bold phrase reads each phrase as a work item")
{
    auto item = [](const QString &bold, const QString &plain) {
        return QStringLiteral("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r><w:r><w:t>%2</w:t></w:r></w:p>").arg(bold, plain);
    };
    const QString body = QStringLiteral("<w:p><w:r><w:t>东坡社区2027年健康服务计划</w:t></w:r></w:p>"
                                        "<w:p><w:r><w:t>结合辖区实际，制定本年度计划如下。</w:t></w:r></w:p>")
        + item(QStringLiteral("夯实健康档案"), QStringLiteral("电子健康档案建档率达到90%以上，每季度核查一次。"))
        + item(QStringLiteral("做实慢病随访"), QStringLiteral("高血压患者规范管理率不低于65%。"))
        // Bold that says nothing of itself (b val 0) and a label in bold are no lead phrase.
        + QStringLiteral("<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>普通文字</w:t></w:r>"
                         "<w:r><w:t>接着写下去的一段说明文字，不是工作事项。</w:t></w:r></w:p>");
    QList<DocxParagraph> paragraphs;
    QString error;
    REQUIRE(DocxReader::read(testutil::makeDocx(body), &paragraphs, &error));
    REQUIRE(paragraphs.size() == 5);
    CHECK(paragraphs.at(2).boldLead == 6);
    CHECK(paragraphs.at(4).boldLead == 0);

    ImportResult r;
    REQUIRE(PlanImport::readBytes(testutil::makeDocx(body), QStringLiteral("计划.docx"), &r, &error));
    REQUIRE(r.count(ImportNode::Kind::Task) == 2);
    CHECK(r.nodes.at(0).title == QStringLiteral("夯实健康档案"));
    CHECK(r.nodes.at(0).origin == ImportNode::Origin::LeadPhrase);
    CHECK(r.nodes.at(0).targets.size() == 1);
    CHECK(r.nodes.at(0).cadence == QStringLiteral("每季度"));
    CHECK(r.nodes.at(1).title == QStringLiteral("做实慢病随访"));
    // The paragraph after the last item, with no phrase of its own, is that item's text.
    CHECK(r.nodes.at(1).text.contains(QStringLiteral("不是工作事项")));
}

TEST_CASE("Word number formats")
{
    CHECK(DocxReader::formatNumber(3, QStringLiteral("decimal")) == QStringLiteral("3"));
    CHECK(DocxReader::formatNumber(12, QStringLiteral("chineseCounting")) == QStringLiteral("十二"));
    CHECK(DocxReader::formatNumber(21, QStringLiteral("chineseCountingThousand")) == QStringLiteral("二十一"));
    CHECK(DocxReader::formatNumber(2, QStringLiteral("ideographTraditional")) == QStringLiteral("乙"));
    CHECK(DocxReader::formatNumber(4, QStringLiteral("decimalEnclosedCircle")) == QStringLiteral("④"));
    CHECK(DocxReader::formatNumber(14, QStringLiteral("upperRoman")) == QStringLiteral("XIV"));
    CHECK(DocxReader::formatNumber(28, QStringLiteral("lowerLetter")) == QStringLiteral("bb"));
    CHECK(DocxReader::formatNumber(7, QStringLiteral("decimalFullWidth")) == QStringLiteral("７"));
    CHECK(DocxReader::formatNumber(1, QStringLiteral("bullet")).isEmpty());
}

TEST_CASE("Files that are not Word documents are refused with a message")
{
    QList<DocxParagraph> paragraphs;
    QString error;
    CHECK_FALSE(DocxReader::read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'), &paragraphs, &error));
    CHECK(error.contains(QStringLiteral("password")));
    CHECK(error.contains(QStringLiteral(".doc")));
    CHECK_FALSE(DocxReader::read(testutil::makeZip({{QStringLiteral("xl/workbook.xml"), QByteArray("<x/>")}}), &paragraphs, &error));
    CHECK(error.contains(QStringLiteral("not a Word document")));
    CHECK_FALSE(DocxReader::read(testutil::makeDocx(QStringLiteral("<w:p><w:r><w:t>未闭合")), &paragraphs, &error));
    CHECK(error.contains(QStringLiteral("damaged")));
}

TEST_CASE("The sample with automatic numbering reads the same as the one with typed numbers")
{
    const QString typed = shared(QStringLiteral("县卫健委2020年工作计划.docx"));
    const QString automatic = shared(QStringLiteral("县卫健委2020年工作计划-自动编号.docx"));
    if (!QFileInfo::exists(typed) || !QFileInfo::exists(automatic)) {
        WARN("../shared/samples is not here; skipped");
        return;
    }
    QList<DocxParagraph> a, b;
    QString error;
    REQUIRE(DocxReader::read(testutil::readAll(typed), &a, &error));
    REQUIRE(DocxReader::read(testutil::readAll(automatic), &b, &error));
    const QStringList typedLines = labelledLines(a);
    const QStringList autoLines = labelledLines(b);
    REQUIRE(typedLines.size() == autoLines.size());
    for (int i = 0; i < typedLines.size(); ++i)
        CHECK(autoLines.at(i) == typedLines.at(i));
    // The outline of the automatic one exists only in numbering.xml: 一、 … 七、
    const auto numbered = std::count_if(b.cbegin(), b.cend(), [](const DocxParagraph &p) { return !p.numberLabel.isEmpty(); });
    CHECK(numbered >= 7);
}

TEST_CASE("An Excel sheet reads with shared strings, numbers, gaps and merged ranges")
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("t.xlsx")).toLocal8Bit();
    lxw_workbook *wb = workbook_new(path.constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "任务分解表");
    worksheet_merge_range(ws, 0, 0, 0, 3, "2027年重点任务分解表", nullptr);
    worksheet_write_string(ws, 1, 0, "序号", nullptr);
    worksheet_write_string(ws, 1, 1, "工作任务", nullptr);
    worksheet_write_string(ws, 1, 3, "完成时限", nullptr);
    worksheet_write_number(ws, 2, 0, 1, nullptr);
    worksheet_write_string(ws, 2, 1, "扩大签约覆盖", nullptr);
    worksheet_write_number(ws, 2, 2, 82.5, nullptr);
    worksheet_merge_range(ws, 2, 3, 3, 3, "2027年底", nullptr);
    worksheet_write_number(ws, 3, 0, 2, nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    QList<QStringList> rows;
    QList<MergedRange> merged;
    QString error;
    REQUIRE(XlsxReader::readFirstSheet(testutil::readAll(QString::fromLocal8Bit(path)), &rows, &merged, &error));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).first() == QStringLiteral("2027年重点任务分解表"));
    CHECK(rows.at(1) == (QStringList{QStringLiteral("序号"), QStringLiteral("工作任务"), QString(), QStringLiteral("完成时限")}));
    CHECK(rows.at(2).at(0) == QStringLiteral("1"));
    CHECK(rows.at(2).at(2) == QStringLiteral("82.5"));
    REQUIRE(merged.size() == 2);
    CHECK(rows.at(3).size() < 4);
    REQUIRE(XlsxReader::fillMerged(&rows, merged, &error));
    CHECK(rows.at(3).at(3) == QStringLiteral("2027年底"));
    CHECK(rows.at(0).at(3) == QStringLiteral("2027年重点任务分解表"));

    int row = 0, column = 0;
    CHECK(XlsxReader::parseCellReference(u"AB12", &row, &column));
    CHECK(row == 11);
    CHECK(column == 27);
    CHECK_FALSE(XlsxReader::parseCellReference(u"12", &row, &column));
    CHECK_FALSE(XlsxReader::parseCellReference(u"A0", &row, &column));
}

TEST_CASE("Text decodes from UTF-8, UTF-16 and GB18030, with or without a byte-order mark")
{
    const QString text = QStringLiteral("2027年工作要点\n一、基层服务（签约率≥85%）\n");
    QString out, encoding, error;
    REQUIRE(TextDecode::decode(text.toUtf8(), &out, &encoding, &error));
    CHECK(out == text);
    CHECK(encoding == QStringLiteral("UTF-8"));
    REQUIRE(TextDecode::decode("\xEF\xBB\xBF" + text.toUtf8(), &out, &encoding, &error));
    CHECK(out == text);
    CHECK(encoding == QStringLiteral("UTF-8 (BOM)"));
    for (auto e : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder enc(e);
        const QByteArray plain = enc.encode(text);
        REQUIRE(TextDecode::decode(plain, &out, &encoding, &error));
        CHECK(out == text);
        const QByteArray bom = e == QStringConverter::Utf16LE ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        REQUIRE(TextDecode::decode(bom + plain, &out, &encoding, &error));
        CHECK(out == text);
        CHECK(encoding == (e == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
    }
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    REQUIRE(TextDecode::decode(gb.encode(text), &out, &encoding, &error));
    CHECK(out == text);
    CHECK(encoding == QStringLiteral("GB18030"));
}

TEST_CASE("Mostly Chinese UTF-16 text without a byte-order mark is read as text, not refused as binary")
{
    // Few ASCII characters: zero bytes in well under a third of the pairs, all on one side.
    const QString text = QStringLiteral("一、总体要求\n坚持以人民健康为中心，全面推进卫生健康事业高质量发展，着力提升基层医疗卫生"
                                        "服务能力，持续深化医药卫生体制改革，不断满足群众多层次多样化健康需求。\n"
                                        "二、重点任务\n（一）巩固提升基层服务网络，推动优质医疗资源扩容下沉和区域均衡布局。\n");
    for (auto e : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder enc(e);
        QString out, encoding, error;
        INFO(error.toStdString());
        REQUIRE(TextDecode::decode(enc.encode(text), &out, &encoding, &error));
        CHECK(out == text);
        CHECK(encoding == (e == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
    }
}

TEST_CASE("The GBK sample decodes to the same text as the UTF-8 one")
{
    const QString gbk = shared(QStringLiteral("2026年医政科年度工作计划-GBK.txt"));
    const QString utf8 = shared(QStringLiteral("2026年医政科年度工作计划.txt"));
    if (!QFileInfo::exists(gbk) || !QFileInfo::exists(utf8)) {
        WARN("../shared/samples is not here; skipped");
        return;
    }
    QString a, b, encoding, error;
    REQUIRE(TextDecode::decode(testutil::readAll(gbk), &a, &encoding, &error));
    CHECK(encoding == QStringLiteral("GB18030"));
    REQUIRE(TextDecode::decode(testutil::readAll(utf8), &b, &encoding, &error));
    a.remove(QLatin1Char('\r'));
    b.remove(QLatin1Char('\r'));
    CHECK(a.trimmed() == b.trimmed());
}

TEST_CASE("Empty, binary and oversized text is refused")
{
    QString out, encoding, error;
    CHECK_FALSE(TextDecode::decode(QByteArray(), &out, &encoding, &error));
    CHECK(error.contains(QStringLiteral("empty")));
    CHECK_FALSE(TextDecode::decode(QByteArray(" \n\t\n"), &out, &encoding, &error));
    QByteArray binary;
    QRandomGenerator rng(7);
    for (int i = 0; i < 4096; ++i)
        binary.append(char(rng.bounded(256)));
    CHECK_FALSE(TextDecode::decode(binary, &out, &encoding, &error));
    CHECK(error.contains(QStringLiteral("text")));
    CHECK_FALSE(TextDecode::decode(QByteArray(9 * 1024 * 1024, 'a'), &out, &encoding, &error));
    CHECK(error.contains(QStringLiteral("MB")));
}

TEST_CASE("A .docx as WPS writes it reads as Word's does: text boxes once, lines broken by hand, its markup")
{
    // What WPS writes where Word writes plain paragraphs: a title and a whole section typed with
    // Shift+Enter (or pasted from a web page) in one paragraph each, the signature in a text box
    // given twice (the drawing and its VML fallback), automatic numbering, and its own markup
    // around the runs (eastAsia hints, _GoBack bookmarks, proofing marks, a custom-XML part).
    const QString run = QStringLiteral("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t>%1</w:t></w:r>");
    auto para = [&](const QStringList &lines, const QString &ppr = QString()) {
        QString p = QStringLiteral("<w:p><w:pPr>%1<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:pPr>").arg(ppr);
        for (int i = 0; i < lines.size(); ++i)
            p += (i > 0 ? QStringLiteral("<w:r><w:br/></w:r>") : QString()) + run.arg(lines.at(i));
        return p + QStringLiteral("</w:p>");
    };
    const QString textBox = QStringLiteral("<w:txbxContent>%1%2</w:txbxContent>")
                                .arg(para({QStringLiteral("东川县卫生健康局")}), para({QStringLiteral("2025年1月10日")}));
    const QString body =
        para({QStringLiteral("东川县2025年"), QStringLiteral("卫生健康工作要点")},
             QStringLiteral("<w:jc w:val=\"center\"/>"))
        + QStringLiteral("<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
                         "<w:proofErr w:type=\"spellStart\"/>")
        + run.arg(QStringLiteral("为做好全年工作，制定本要点。")) + QStringLiteral("<w:proofErr w:type=\"spellEnd\"/></w:p>")
        + para({QStringLiteral("一、基层卫生"), QStringLiteral("1.扩大签约覆盖，签约率达到85%。（责任单位：县卫健委）"),
                QStringLiteral("2.推进卫生室建设，达标率达到95%，"), QStringLiteral("年底前完成。")})
        + para({QStringLiteral("医疗服务")}, QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
        + para({QStringLiteral("1.改善就医体验，预约诊疗率达到60%。")})
        + QStringLiteral("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"文本框 1\"/>"
                         "<a:graphic><a:graphicData><wps:wsp><wps:txbx>%1</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                         "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>%1</v:textbox>"
                         "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
              .arg(textBox)
        + QStringLiteral("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
    const QString ns = QStringLiteral(
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"w14 wp14\"");
    const QString numbering = QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"5A1B2C3D\"/><w:multiLevelType w:val=\"singleLevel\"/>"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
        "<w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    const QByteArray wps = testutil::makeZip({
        {QStringLiteral("[Content_Types].xml"),
         QByteArray("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")},
        {QStringLiteral("docProps/app.xml"),
         QByteArray("<?xml version=\"1.0\"?><Properties><Application>WPS Office_11.1.0.11719_F1E327BC-269C-435d-A152-05C5408002CA</Application></Properties>")},
        {QStringLiteral("docProps/custom.xml"),
         QByteArray("<?xml version=\"1.0\"?><Properties><property name=\"KSOProductBuildVer\"><vt:lpwstr xmlns:vt=\"v\">2052-11.1.0.11719</vt:lpwstr></property></Properties>")},
        {QStringLiteral("word/document.xml"),
         (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document ") + ns
          + QStringLiteral("><w:body>") + body + QStringLiteral("</w:body></w:document>"))
             .toUtf8()},
        {QStringLiteral("word/numbering.xml"),
         (QStringLiteral("<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
          + numbering + QStringLiteral("</w:numbering>"))
             .toUtf8()},
    });
    // The same plan as Word keeps it: a paragraph a line.
    const QStringList lines = {QStringLiteral("东川县2025年卫生健康工作要点"), QStringLiteral("为做好全年工作，制定本要点。"),
                               QStringLiteral("一、基层卫生"), QStringLiteral("1.扩大签约覆盖，签约率达到85%。（责任单位：县卫健委）"),
                               QStringLiteral("2.推进卫生室建设，达标率达到95%，年底前完成。"), QStringLiteral("二、医疗服务"),
                               QStringLiteral("1.改善就医体验，预约诊疗率达到60%。"), QStringLiteral("东川县卫生健康局"),
                               QStringLiteral("2025年1月10日")};
    QString word;
    for (const QString &l : lines)
        word += testutil::docxParagraph(l);
    ImportResult fromWps, fromWord;
    QString error;
    REQUIRE(PlanImport::readBytes(wps, QStringLiteral("要点.docx"), &fromWps, &error));
    REQUIRE(PlanImport::readBytes(testutil::makeDocx(word), QStringLiteral("要点.docx"), &fromWord, &error));
    CHECK(fromWps.title == QStringLiteral("东川县2025年卫生健康工作要点"));
    CHECK(fromWps.count(ImportNode::Kind::Task) == 3);
    CHECK(fromWps.source.count(QStringLiteral("东川县卫生健康局")) == 1);
    CHECK(PlanImport::toJson(fromWps) == PlanImport::toJson(fromWord));
    CHECK(fromWps.source.trimmed() == fromWord.source.trimmed());   // the text box's anchor is an empty paragraph
}

TEST_CASE("A .docx saved as Strict Open XML reads like any other")
{
    const QString strict = QStringLiteral("xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"");
    const QByteArray docx = testutil::makeZip({
        {QStringLiteral("[Content_Types].xml"),
         QByteArray("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")},
        {QStringLiteral("word/document.xml"),
         (QStringLiteral("<?xml version=\"1.0\"?><w:document ") + strict + QStringLiteral("><w:body>")
          + testutil::docxParagraph(QStringLiteral("一、基层服务"))
          + QStringLiteral("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>扩大签约覆盖</w:t></w:r></w:p>")
          + QStringLiteral("</w:body></w:document>"))
             .toUtf8()},
        {QStringLiteral("word/numbering.xml"),
         (QStringLiteral("<?xml version=\"1.0\"?><w:numbering ") + strict
          + QStringLiteral("><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"))
             .toUtf8()},
    });
    QList<DocxParagraph> paragraphs;
    QString error;
    REQUIRE(DocxReader::read(docx, &paragraphs, &error));
    CHECK(labelledLines(paragraphs) == (QStringList{QStringLiteral("一、基层服务"), QStringLiteral("1.扩大签约覆盖")}));
}

TEST_CASE("Importing a file chooses the reader from the content and refuses bad input without writing")
{
    QTemporaryDir dir;
    ImportResult r;
    QString error;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        REQUIRE(testutil::writeAll(path, bytes));
        return path;
    };
    // A Word document saved with a .txt name is still read as Word.
    const QString disguised = write(QStringLiteral("plan.txt"),
                                    testutil::makeDocx(testutil::docxParagraph(QStringLiteral("一、基层服务"))
                                                       + testutil::docxParagraph(QStringLiteral("1.扩大签约覆盖，签约率达到85%。"))));
    REQUIRE(PlanImport::readFile(disguised, &r, &error));
    CHECK(r.format.contains(QStringLiteral("docx")));
    REQUIRE(r.nodes.size() == 2);
    CHECK(r.nodes.at(1).targets.size() == 1);

    const QStringList before = testutil::listing(dir.path());
    CHECK_FALSE(PlanImport::readFile(write(QStringLiteral("text.docx"), "一、不是Word文件"), &r, &error));
    CHECK(error.contains(QStringLiteral("not a Word document")));
    CHECK_FALSE(PlanImport::readFile(write(QStringLiteral("empty.txt"), QByteArray()), &r, &error));
    CHECK(error.contains(QStringLiteral("empty")));
    CHECK_FALSE(PlanImport::readFile(write(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 'x')), &r, &error));
    // An old Word file goes through LibreOffice (which finds no text in this one), or, without
    // it, the message names it.
    INFO(error.toStdString());
    CHECK((error.contains(QStringLiteral("LibreOffice")) || error.contains(QStringLiteral("old.doc” contains no text"))));
    CHECK_FALSE(PlanImport::readFile(dir.filePath(QStringLiteral("missing.txt")), &r, &error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(PlanImport::readFile(dir.path(), &r, &error));

    // 50 MB of text: refused from its size before it is read.
    const QString huge = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block = QByteArray("一、很长的文字。").repeated(4096);
        while (f.size() < 50 * 1024 * 1024)
            f.write(block);
    }
    const QByteArray hugeSum = testutil::sha256(huge);
    CHECK_FALSE(PlanImport::readFile(huge, &r, &error));
    CHECK(error.contains(QStringLiteral("MB")));
    CHECK(testutil::sha256(huge) == hugeSum);
    QStringList after = testutil::listing(dir.path());
    after.removeAll(QStringLiteral("huge.txt"));
    after.removeAll(QStringLiteral("text.docx"));
    after.removeAll(QStringLiteral("empty.txt"));
    after.removeAll(QStringLiteral("old.doc"));
    CHECK(after == before);
}
