#pragma once

#include "document/plandocument.h"

#include <QCoreApplication>

// The task table (重点任务分解表) as a spreadsheet: CSV in UTF-8 with a byte-order mark so
// Excel and WPS read the Chinese correctly, or XLSX with a frozen header row, column widths and
// wrapped text. Both are written to a temporary name and renamed: complete or absent.
namespace ap {

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(ap::TableExport)
public:
    static QStringList header();
    // One row per task in document order: 序号, 章节, 工作任务, 目标指标, 开始时间, 完成时限,
    // 牵头单位, 配合单位, 工作内容, 备注.
    static QList<QStringList> rows(const PlanDocument &doc);

    static bool writeCsv(const PlanDocument &doc, const QString &path, QString *error);
    static bool writeXlsx(const PlanDocument &doc, const QString &path, QString *error);

private:
    // The workbook written at part (writeXlsx puts it in place); name: the target's, for messages.
    static bool writeXlsxPart(const PlanDocument &doc, const QString &part, const QString &name, QString *why);
};

} // namespace ap
