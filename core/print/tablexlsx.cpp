#include "tablexlsx.h"

#include "fs/quietstderr.h"

#include "fs/atomicfile.h"
#include "fs/outputtarget.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <xlsxwriter.h>

namespace ap {

namespace {

bool writePart(const PrintedTable &table, const QString &sheetName, const QString &part, const QString &name,
               double widthUnit, QString *why)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(part).constData());
    if (!book) {
        *why = TableXlsx::tr("“%1” cannot be written.").arg(name);
        return false;
    }
    // Excel's sheet names are at most 31 characters, without []:*?/\ .
    QString sheet = sheetName;
    sheet.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    lxw_worksheet *ws = workbook_add_worksheet(book, sheet.left(31).toUtf8().constData());
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_bg_color(head, 0xEEEEEE);
    lxw_format *group = workbook_add_format(book);
    format_set_bold(group);
    format_set_border(group, LXW_BORDER_THIN);
    format_set_bg_color(group, 0xEBEBEB);
    lxw_format *plain = workbook_add_format(book);
    format_set_text_wrap(plain);
    format_set_align(plain, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(plain, LXW_BORDER_THIN);
    // One format per shade used.
    QHash<QRgb, lxw_format *> shaded;
    auto formatFor = [&](const QColor &c) {
        if (!c.isValid())
            return plain;
        lxw_format *&f = shaded[c.rgb()];
        if (!f) {
            f = workbook_add_format(book);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_bg_color(f, lxw_color_t(c.rgb() & 0xFFFFFF));
        }
        return f;
    };
    const int columns = int(table.columns.size());
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), table.columns.at(c).weight * widthUnit, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(columns - 1), table.title.toUtf8().constData(), title);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), table.columns.at(c).header.toUtf8().constData(), head);
    worksheet_freeze_panes(ws, 2, 0);
    lxw_row_t r = 2;
    for (const PrintedTable::Row &row : table.rows) {
        if (row.group)
            worksheet_merge_range(ws, r, 0, r, lxw_col_t(columns - 1), row.cells.value(0).toUtf8().constData(), group);
        else
            for (int c = 0; c < columns; ++c)
                worksheet_write_string(ws, r, lxw_col_t(c), row.cells.value(c).toUtf8().constData(),
                                       formatFor(row.backgrounds.value(c)));
        ++r;
    }
    lxw_error result = LXW_NO_ERROR;
    {
        const QuietStderr quiet;
        result = workbook_close(book);
    }
    if (result != LXW_NO_ERROR) {
        *why = TableXlsx::tr("“%1” could not be written: %2").arg(name, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace

bool TableXlsx::write(const PrintedTable &table, const QString &sheetName, const QString &path, QString *error,
                      double widthUnit)
{
    const QString name = QFileInfo(path).fileName();
    return fs::writeByName(path, fs::OutputTarget::Kind::Document,
                           [&](const QString &part, QString *why) { return writePart(table, sheetName, part, name, widthUnit, why); },
                           error);
}

} // namespace ap
