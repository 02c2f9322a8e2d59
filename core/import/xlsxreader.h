#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads the first worksheet of an Excel .xlsx into rows of cell texts, with its merged ranges,
// for the task-table import. Cells keep their positions (missing cells are empty strings).
namespace ap {

struct MergedRange
{
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;   // 0-based, inclusive
};

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::XlsxReader)
public:
    static constexpr int kMaxRows = limits::kMaxRows;
    static constexpr int kMaxColumns = limits::kMaxColumns;

    static bool readFirstSheet(const QByteArray &xlsx, QList<QStringList> *rows, QList<MergedRange> *merged,
                               QString *error);
    // The sheet with this name (as the workbook lists it); false with a message when absent.
    static bool readSheet(const QByteArray &xlsx, const QString &sheetName, QList<QStringList> *rows,
                          QList<MergedRange> *merged, QString *error);
    // Copies each merged range's top-left text into every cell of the range (rows past the
    // table's last are not made: a range reaching past the data adds nothing to read). False, with
    // a message, when the ranges would fill more cells than any task table has.
    static bool fillMerged(QList<QStringList> *rows, const QList<MergedRange> &merged, QString *error);
    // "B3" -> row 2, column 1; false when not a cell reference.
    static bool parseCellReference(QStringView ref, int *row, int *column);
};

} // namespace ap
