#pragma once

#include "planimport.h"

#include <QList>
#include <QStringList>

// A plan's task table (重点任务分解表) in the import's terms: its group rows sections at their
// outline level, its other rows tasks numbered within their group, with the departments,
// deadline and targets of their columns. The table fills in what the plan's text leaves out (a
// printed plan's annex gives each task's deadline, its text seldom does), and is the plan when a
// document is the table alone.
namespace ap::AnnexTable {

// rows: the table with its header rows first, as TableImport::guess reads them. Each row the
// result takes is added to its source, so the review screen shows a node beside its row.
// Returns how many tasks the table gave or filled in.
int apply(ImportResult *result, const QString &tableTitle, const QList<QStringList> &rows);

} // namespace ap::AnnexTable
