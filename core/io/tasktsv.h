#pragma once

#include "document/plandocument.h"

#include <QCoreApplication>

// Tasks as tab-separated text, the form Excel and WPS put on the clipboard. Copying writes a
// header row and one row per task; pasting matches columns by header names (工作任务, 目标,
// 完成时限, 牵头单位, 配合单位 …) or, without a header, by position.
namespace ap {

class TaskTsv
{
    Q_DECLARE_TR_FUNCTIONS(ap::TaskTsv)
public:
    enum Field { Title, Targets, Start, Deadline, Lead, Support, Description, Notes, Ignored };

    // Cells of tab-separated text; quoted cells may hold tabs, new lines and "" quotes.
    static QList<QStringList> parse(const QString &text);
    static QString write(const PlanDocument &doc, const QList<Id> &tasks);

    // Which field each column holds, from a header row; empty when the row is no header.
    static QList<Field> headerFields(const QStringList &header);
    // A 序号 column's header ("序号", "编号", "No."), and the row number such a cell holds ("80",
    // "81.", "3、"); -1 when the cell is no row number.
    static bool isSequenceHeader(const QString &cell);
    static int sequenceNumber(const QString &cell);

    // Pastes rows into a section at row: a row whose title matches a task of the section
    // updates that task, any other row adds one; new department names join the registry.
    // Everything is one undo step. Returns false with a reason when nothing could be read.
    static bool paste(PlanDocument *doc, Id sectionId, int row, const QString &text, QString *message);
    // The same for rows already split into cells, with the field of each column given.
    static bool pasteRows(PlanDocument *doc, Id sectionId, int row, const QList<Field> &fields,
                          const QList<QStringList> &rows, QString *message);
};

} // namespace ap
