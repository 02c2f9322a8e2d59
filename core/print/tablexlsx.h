#pragma once

#include "printeddocument.h"

#include <QCoreApplication>
#include <QString>

// A printed table (PrintedTable) as an Excel workbook: its title over a frozen header row, group
// rows across the table, wrapped text, each cell's shade; written to a temporary name and renamed,
// complete or absent. The 月度工作安排表 goes to .xlsx this way, as it prints.
namespace ap {

class TableXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ap::TableXlsx)
public:
    // widthUnit: a column's width in characters per unit of its weight.
    static bool write(const PrintedTable &table, const QString &sheetName, const QString &path, QString *error,
                      double widthUnit = 10);
};

} // namespace ap
