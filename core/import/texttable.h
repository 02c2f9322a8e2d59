#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A task table that arrived as plain text (copied from a web page, or from a PDF without its
// cells): a header row naming the task column (序号 | 目标与任务 | 分管领导 | 牵头责任单位 | 责任单位),
// then either each row on a line with its cells separated by "|", tabs or runs of spaces, or each
// cell on a line of its own, a row starting at its 序号. Group rows (一、医疗服务) stay rows of
// one cell. The rows go to AnnexTable as a spreadsheet's would.
namespace ap::TextTable {

struct Found
{
    int start = 0;               // where the header begins in the text
    int end = 0;                 // where the table ends: the plan's text may go on after it
    QList<QStringList> rows;     // the header first
};

// The first such table in the text, if any.
std::optional<Found> find(const QString &text);

} // namespace ap::TextTable
