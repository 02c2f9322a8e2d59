#pragma once

#include "document/plandocument.h"
#include "status/statusengine.h"

#include <optional>

#include <QSet>

class QTimer;

#include <QAbstractTableModel>

namespace ap {

// What to look for across the whole plan. Empty parts do not filter.
struct TaskFilter
{
    QString text;                    // in titles, descriptions, notes, targets, department names
    Id department = 0;               // named as lead or cooperating department
    QDate deadlineFrom, deadlineTo;  // deadline within the range (either end may be open)
    bool withoutLead = false;        // tasks that name no lead department
    bool targetWithoutDeadline = false;  // tasks with a target that has neither a due date nor a task deadline
    std::optional<Warning> warning;  // tasks that stand so on asOf (逾期, 滞后, 未填报, 指标未达标…)
    QDate asOf;                      // the day warnings are judged on; invalid: today

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && department == 0 && !deadlineFrom.isValid() && !deadlineTo.isValid()
               && !withoutLead && !targetWithoutDeadline && !warning;
    }
    // standing: each task's warning on asOf, when the filter asks for one (TaskSearchModel
    // evaluates the plan once for all its tasks).
    // targetTexts, when given, keeps each task's targets' words as the search reads them (their
    // summaries and prose), by task, made once: the plan's figures formatted anew for every task at
    // every search were most of a search's time. Who keeps it drops a task's when the task changes.
    bool matches(const PlanDocument &doc, const Task &task, const QHash<Id, Warning> &standing = {},
                 QHash<Id, QString> *targetTexts = nullptr) const;
};

// The tasks of the whole plan that match a filter, in document order, with where they stand.
// It is brought up to date whenever the plan changes, so the list never shows stale rows: the
// tasks that changed are searched again, the whole plan when the outline or the departments did.
class TaskSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlaceColumn, TitleColumn, DeadlineColumn, LeadColumn, ColumnCount };
    enum Roles { TaskIdRole = Qt::UserRole + 1, SectionIdRole };

    explicit TaskSearchModel(PlanDocument *doc, QObject *parent = nullptr);

    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    Id taskId(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The whole plan searched.
    void refresh();
    // After a change: what it touched searched again (the whole plan when that is not known).
    void update();

    PlanDocument *m_doc;
    TaskFilter m_filter;
    QList<Id> m_rows;
    QHash<Id, QString> m_targetTexts;   // TaskFilter::matches' words of each task's targets, until the task changes
    QSet<Id> m_changed;                 // tasks changed or added since the list was last brought up to date
    bool m_reordered = false;           // a task removed or moved since: the list is put in the plan's order
    bool m_searchAll = false;           // the outline, departments or properties changed: search the whole plan
    QTimer *m_reportsArrived = nullptr; // reports told while a warning is asked for: searched once for them all
};

} // namespace ap
