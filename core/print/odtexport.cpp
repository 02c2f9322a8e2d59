#include "odtexport.h"

#include "fs/atomicfile.h"

#include "domain/targettext.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>


namespace ap {

namespace {

QTextCharFormat charFormat(const QString &family, double points, bool bold = false)
{
    QTextCharFormat f;
    f.setFontFamilies({family});
    f.setFontPointSize(points);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

QTextBlockFormat blockFormat(Qt::Alignment align, double firstIndentPoints = 0)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTextIndent(firstIndentPoints);
    b.setLineHeight(28.95, QTextBlockFormat::FixedHeight);  // 22 lines in the 225 mm text block
    return b;
}

QString deadlineText(const QDate &d)
{
    if (!d.isValid())
        return QString();
    return d.day() == d.daysInMonth() ? QStringLiteral("%1年%2月底").arg(d.year()).arg(d.month())
                                      : QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace

void OdtExport::build(const PlanDocument &doc, const PrintFonts &fonts, QTextDocument *out)
{
    const PlanData &plan = doc.plan();
    out->clear();
    QTextCursor c(out);
    // One edit block: filling a large table cell by cell is slow otherwise.
    c.beginEditBlock();
    c.setBlockFormat(blockFormat(Qt::AlignHCenter));
    c.insertText(plan.info.title, charFormat(fonts.title, 22));
    c.insertBlock(blockFormat(Qt::AlignLeft));
    for (Id sid : plan.sectionsInOrder()) {
        const int depth = plan.sectionDepth(sid);
        const QString family = depth == 1 ? fonts.heading1 : depth == 2 ? fonts.heading2 : fonts.body;
        c.insertBlock(blockFormat(Qt::AlignLeft, 32), charFormat(family, 16));
        c.insertText(doc.sectionLabel(sid) + plan.sections.value(sid).title, charFormat(family, 16));
        for (Id tid : plan.sectionTasks.value(sid)) {
            c.insertBlock(blockFormat(Qt::AlignJustify, 32), charFormat(fonts.body, 16));
            c.insertText(PlanPrinter::taskText(doc, tid), charFormat(fonts.body, 16));
        }
    }
    if (!plan.info.organisation.isEmpty() || plan.info.documentDate.isValid()) {
        c.insertBlock(blockFormat(Qt::AlignLeft));
        QTextBlockFormat right = blockFormat(Qt::AlignRight);
        right.setRightMargin(64);  // four characters in from the right
        if (!plan.info.organisation.isEmpty()) {
            c.insertBlock(right);
            c.insertText(plan.info.organisation, charFormat(fonts.body, 16));
        }
        if (plan.info.documentDate.isValid()) {
            c.insertBlock(right);
            const QDate d = plan.info.documentDate;
            c.insertText(QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()),
                         charFormat(fonts.body, 16));
        }
    }

    // 附件1 重点任务分解表 on a new page.
    QTextBlockFormat pageBreak = blockFormat(Qt::AlignLeft);
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.insertBlock(pageBreak);
    c.insertText(QStringLiteral("附件1"), charFormat(fonts.heading1, 16));
    c.insertBlock(blockFormat(Qt::AlignHCenter));
    c.insertText(plan.info.title + QStringLiteral("重点任务分解表"), charFormat(fonts.title, 22));
    const QStringList header = {QStringLiteral("序号"),     QStringLiteral("工作任务"), QStringLiteral("目标指标"),
                                QStringLiteral("完成时限"), QStringLiteral("牵头单位"), QStringLiteral("配合单位")};
    int rows = 1;
    for (Id sid : plan.sectionsInOrder())
        rows += 1 + int(plan.sectionTasks.value(sid).size());
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 6), QTextLength(QTextLength::PercentageLength, 20),
                                  QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 12),
                                  QTextLength(QTextLength::PercentageLength, 14), QTextLength(QTextLength::PercentageLength, 16)});
    QTextTable *table = c.insertTable(rows, int(header.size()), tf);
    const QTextCharFormat head = charFormat(fonts.heading1, 12);
    const QTextCharFormat cell = charFormat(fonts.body, 12);
    for (int i = 0; i < header.size(); ++i)
        table->cellAt(0, i).firstCursorPosition().insertText(header.at(i), head);
    int row = 1, n = 0;
    for (Id sid : plan.sectionsInOrder()) {
        table->mergeCells(row, 0, 1, int(header.size()));
        table->cellAt(row, 0).firstCursorPosition().insertText(doc.sectionLabel(sid) + plan.sections.value(sid).title, head);
        ++row;
        for (Id tid : plan.sectionTasks.value(sid)) {
            const Task &t = plan.tasks[tid];
            const QStringList values = {QString::number(++n), t.title, targetsProse(t.targets), deadlineText(t.deadline),
                                        doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")),
                                        doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、"))};
            for (int i = 0; i < values.size(); ++i)
                table->cellAt(row, i).firstCursorPosition().insertText(values.at(i), cell);
            ++row;
        }
    }
    c.endEditBlock();
}

bool OdtExport::write(const PlanDocument &doc, const PrintFonts &fonts, const QString &path, QString *error)
{
    QTextDocument text;
    build(doc, fonts, &text);
    return writeDocument(&text, path, error);
}

bool OdtExport::writeDocument(QTextDocument *text, const QString &path, QString *error)
{
    const QFileInfo fi(path);
    // QTextDocumentWriter does not report a failed write (a full disk), so the document is made
    // in memory and written through the file room, which sees every failed write.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(text)) {
        if (error)
            *error = tr("“%1” could not be written: %2").arg(fi.fileName(), buffer.errorString());
        return false;
    }
    return fs::writeFile(path, buffer.data(), fs::OutputTarget::Kind::Document, error);
}

} // namespace ap
