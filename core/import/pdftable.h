#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// The 重点任务分解表 of a PDF rebuilt from where its words stand, because a PDF keeps no cells:
// the columns from the header line (序号 工作任务 目标指标 完成时限 牵头单位 配合单位, one or two
// lines) and the white space between the cells under it, the rows from the 序号 column (else from
// the space between lines), a cell's wrapped lines joined. Knows nothing of Poppler: PdfReader
// gives it each page's words, and the tests give it boxes of their own.
namespace ap {

struct PdfWord
{
    QRectF box;      // in points, y down
    QString text;
};
using PdfPageWords = QList<PdfWord>;

struct PdfTableData
{
    QString title;               // the line above the header ("…重点任务分解表"), if any
    QList<QStringList> rows;     // the header rows first, then a row a task or a group ("一、…")
    int headerRows = 0;
    bool isEmpty() const { return rows.size() <= headerRows; }
};

namespace PdfTable {

// The largest task table on the pages: one that names a task column and two more (target,
// deadline, lead, support, …), continued over the following pages under a repeated header or
// none. Empty when the pages hold no such table.
PdfTableData read(const QList<PdfPageWords> &pages);

// Whether a line of a page's plain text (cells apart by spaces) reads as such a table's header.
bool hasHeaderLine(const QString &pageText);

} // namespace PdfTable
} // namespace ap
