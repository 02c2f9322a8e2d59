#pragma once

#include "document/plandocument.h"

#include <QAbstractTableModel>

namespace ap {

// A task's history of progress reports, oldest period first: each report as it was entered —
// its period, status and percent, each indicator's figure against what was due by the period's
// end, who entered it and when, the evidence files it carries — with corrections after what they correct and the corrected ones
// marked. It follows the task's reports as they change.
class ReportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PeriodColumn, StatusColumn, PercentColumn, FiguresColumn, EnteredColumn, EvidenceColumn, NoteColumn, ColumnCount };
    enum Roles { ReportIdRole = Qt::UserRole + 1, SupersededRole };

    explicit ReportHistoryModel(PlanDocument *doc, QObject *parent = nullptr);

    void setTask(Id taskId);
    Id task() const { return m_task; }
    // "完成改造的中心 2家（应达6家，2026-09-30）；签约率 82%": a report's figures against their steps.
    static QString figuresText(const PlanDocument &doc, const ProgressReport &report);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    PlanDocument *m_doc;
    Id m_task = 0;
    QList<const ProgressReport *> m_rows;   // into the document's log, read again on every change
    QSet<Id> m_superseded;
};

} // namespace ap
