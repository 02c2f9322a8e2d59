#pragma once

#include "document/plandocument.h"
#include "io/tasktsv.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A task table (重点任务分解表) from a spreadsheet: .xlsx (merged cells filled in), .csv or
// .tsv in any common encoding. The mapping says which column holds what; it is guessed from
// the header rows (one or two, as under a merged "责任单位" over 牵头/配合) and the clerk may
// change it. Rows that only name a group ("一、…" across the row) start a section.
namespace ap {

struct TableMapping
{
    static constexpr int kSection = 100;      // a column that names each row's section
    QList<int> columns;                       // per column: a TaskTsv::Field or kSection
    int headerRows = 0;                       // rows before the first data row
    int firstHeaderRow = 0;                   // title rows above the header are skipped

    bool hasTitle() const { return columns.contains(int(TaskTsv::Title)); }
    bool operator==(const TableMapping &o) const
    {
        return columns == o.columns && headerRows == o.headerRows && firstHeaderRow == o.firstHeaderRow;
    }
};

class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(ap::TableImport)
public:
    static bool read(const QString &path, QList<QStringList> *rows, QString *error);
    static bool readBytes(const QByteArray &bytes, const QString &fileName, QList<QStringList> *rows, QString *error);
    // Cells of comma-, semicolon- or tab-separated text; quotes as Excel writes them. False, with
    // the line it concerns, for a quote never closed or a table beyond the import limits.
    static bool parseDelimited(const QString &text, QList<QStringList> *rows, QString *error);

    static TableMapping guess(const QList<QStringList> &rows);
    // Each column's header as shown to the clerk: the header rows joined ("责任单位/牵头单位").
    static QStringList headers(const QList<QStringList> &rows, const TableMapping &mapping);
    static QString fieldName(int field);
    static QList<int> fieldChoices();

    // One undo step: rows whose task title is in the plan update that task, others are added
    // to their section (found by title, else created at the end).
    static bool apply(PlanDocument *doc, const QList<QStringList> &rows, const TableMapping &mapping,
                      QString *message);
    // A new plan from the table.
    static PlanData toPlan(const QList<QStringList> &rows, const TableMapping &mapping, int year,
                           const QString &title);
};

} // namespace ap
