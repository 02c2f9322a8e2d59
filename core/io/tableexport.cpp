#include "tableexport.h"

#include "domain/targettext.h"
#include "fs/atomicfile.h"
#include "fs/quietstderr.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>


namespace ap {

QStringList TableExport::header()
{
    return {QStringLiteral("序号"),     QStringLiteral("章节"),     QStringLiteral("工作任务"), QStringLiteral("目标指标"),
            QStringLiteral("开始时间"), QStringLiteral("完成时限"), QStringLiteral("牵头单位"), QStringLiteral("配合单位"),
            QStringLiteral("工作内容"), QStringLiteral("备注")};
}

QList<QStringList> TableExport::rows(const PlanDocument &doc)
{
    const PlanData &plan = doc.plan();
    QList<QStringList> out;
    int n = 0;
    for (Id sid : plan.sectionsInOrder()) {
        const QString section = doc.sectionLabel(sid) + plan.sections.value(sid).title;
        for (Id tid : plan.sectionTasks.value(sid)) {
            const Task &t = plan.tasks[tid];
            out << QStringList{QString::number(++n),
                               section,
                               t.title,
                               targetsProse(t.targets),
                               t.start.toString(Qt::ISODate),
                               t.deadline.toString(Qt::ISODate),
                               doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")),
                               doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、")),
                               t.description,
                               t.notes};
        }
    }
    return out;
}

namespace {
QString csvCell(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
} // namespace

bool TableExport::writeCsv(const PlanDocument &doc, const QString &path, QString *error)
{
    QByteArray bytes("\xEF\xBB\xBF");  // UTF-8 byte-order mark for Excel
    QList<QStringList> all = rows(doc);
    all.prepend(header());
    for (const QStringList &row : std::as_const(all)) {
        QStringList cells;
        for (const QString &c : row)
            cells << csvCell(c);
        bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return fs::writeFile(path, bytes, fs::OutputTarget::Kind::Document, error);
}

bool TableExport::writeXlsx(const PlanDocument &doc, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    return fs::writeByName(path, fs::OutputTarget::Kind::Document,
                           [&](const QString &part, QString *why) { return writeXlsxPart(doc, part, name, why); }, error);
}

bool TableExport::writeXlsxPart(const PlanDocument &doc, const QString &part, const QString &name, QString *why)
{
    auto fail = [&](const QString &text) {
        *why = text;
        return false;
    };
    lxw_workbook *book = workbook_new(QFile::encodeName(part).constData());
    if (!book)
        return fail(tr("“%1” cannot be written.").arg(name));
    lxw_worksheet *sheet = workbook_add_worksheet(book, "重点任务分解表");
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_bg_color(head, 0xEEEEEE);
    lxw_format *cell = workbook_add_format(book);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(cell, LXW_BORDER_THIN);
    static const double widths[] = {6, 24, 26, 48, 12, 12, 20, 24, 40, 16};
    for (int c = 0; c < 10; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], cell);
    const QStringList h = header();
    for (int c = 0; c < h.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), h.at(c).toUtf8().constData(), head);
    worksheet_freeze_panes(sheet, 1, 0);
    const QList<QStringList> all = rows(doc);
    for (int r = 0; r < all.size(); ++r)
        for (int c = 0; c < all.at(r).size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), all.at(r).at(c).toUtf8().constData(), cell);
    lxw_error result = LXW_NO_ERROR;
    {
        const QuietStderr quiet;
        result = workbook_close(book);
    }
    if (result != LXW_NO_ERROR)
        return fail(tr("“%1” could not be written: %2").arg(name, QString::fromUtf8(lxw_strerror(result))));
    return true;
}

} // namespace ap
