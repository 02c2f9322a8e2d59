#pragma once

#include "document/plandocument.h"
#include "status/statusengine.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QSet>

class QTimer;

// Where every task stands on a date, one row per task in outline order: status, warning
// colour, expected and reported progress, the latest progress text. Recomputed from the
// document whenever the plan or its reports change. Filters narrow it to some warnings
// (the dashboard's overdue / due-soon lists) or to one department (the department view); such a
// narrower list can take its results from another model (its source), so the dashboard's lists
// evaluate the plan once between them, on the source's date.
namespace ap {

class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TitleColumn, LeadColumn, RoleColumn, StatusColumn, WarningColumn, ExpectedColumn,
                  ActualColumn, DeadlineColumn, ProgressColumn, ProblemsColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, WarningRole, SortRole };

    // asOf: the day judged on (invalid: today), evaluated once for it.
    explicit StatusTableModel(PlanDocument *doc, QObject *parent = nullptr, const QDate &asOf = QDate());
    // The results of source, narrowed by this model's own filters; recomputed when source is.
    explicit StatusTableModel(StatusTableModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The day judged on (a model with a source follows its source's).
    void setDate(const QDate &asOf);
    QDate date() const { return m_asOf; }
    // Only these warnings (empty: all).
    void setWarnings(const QSet<Warning> &warnings);
    // Only tasks this department leads or supports (0: all).
    void setDepartment(Id departmentId);

    const QList<TaskResult> &allResults() const { return m_all; }
    // What a column is sorted by when it is a number or a date, as a number (a date as its day
    // number, none first): data(SortRole) gives it; none for the columns sorted by their words.
    std::optional<double> sortKey(int row, int column) const;
    Id taskId(int row) const;
    static QColor warningColour(Warning w);

    void refresh();
    // Paused (false), a change only drops the rows and marks them stale, and nothing is computed
    // until it is live again: the dashboard's lists, while another page is shown, cost an edit
    // nothing (they cost a 100,000-task plan half a second an edit). A model with a source
    // pauses its source.
    void setLive(bool live);
    // True while its rows were dropped for a change and not yet computed again.
    bool isStale() const { return m_source ? m_source->isStale() : m_stale; }

private:
    bool shown(const TaskResult &r) const;

    PlanDocument *m_doc;
    QPointer<StatusTableModel> m_source;   // a narrower list's; cleared if it goes first
    QTimer *m_pending = nullptr;   // the recompute after a change, once per event-loop turn
    bool m_live = true;
    bool m_stale = false;
    QDate m_asOf;
    std::shared_ptr<const PlanData> m_measured;   // the plan in force on m_asOf
    QSet<Warning> m_warnings;
    Id m_department = 0;
    QList<TaskResult> m_all;
    QList<int> m_rows;   // indexes into m_all
};

} // namespace ap
