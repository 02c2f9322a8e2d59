#pragma once

#include "document/plandocument.h"
#include "taskstanding.h"

#include <QAbstractTableModel>

namespace ap {

// The tasks of one section as table rows; their numbers (1. 2. …) are the vertical header. With
// subsections included, the tasks of the section and of every section under it, in outline order
// (numbers then carry their section's, "（一）1."; rows are not dragged in that view). Edits become EditTaskCommands; department columns
// accept names separated by 、 or commas, and unknown names join the registry in the same
// undo step.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ProgressColumn shows where the task stands today (逾期, 滞后, 未填报… in its colour) and its
    // latest progress report (status, percent, period); it is read-only.
    enum Column { TitleColumn, TargetsColumn, StartColumn, DeadlineColumn, LeadColumn,
                  SupportColumn, ProgressColumn, ColumnCount };
    enum Roles { TaskIdRole = Qt::UserRole + 1, WarningRole };

    // "推进中 55% (2026年第二季度)": the latest progress report of a task, or empty.
    static QString progressText(const PlanDocument &doc, Id taskId);
    // When and by whom the latest report was entered (a server plan's login), for its tooltip.
    static QString progressTip(const PlanDocument &doc, Id taskId);

    explicit TaskTableModel(PlanDocument *doc, QObject *parent = nullptr);

    // Where tasks stand is judged on this day (today unless set).
    TaskStanding *standing() const { return m_standing; }

    void setSection(Id sectionId);
    Id section() const { return m_section; }
    void setIncludeSubsections(bool on);
    bool includesSubsections() const { return m_include; }
    Id taskId(int row) const;
    int rowOf(Id taskId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Tasks drag as planMime::tasks(); a drop reorders them here or brings them from another section.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    enum class Pending { None, Insert, Remove, Move, Reset };
    const QList<Id> &rows() const;
    void renumber();
    // Whether the rows are a subtree's (subsections included and the section has some).
    bool listsSubtree() const;
    void collectSubtree();
    // In the subtree view every change is a reset: begun before a removal (rows may point at what
    // goes), ended, or begun and ended, once the change is done.
    void subtreeAboutToChange();
    void subtreeChanged();

    PlanDocument *m_doc;
    TaskStanding *m_standing;   // the document's (TaskStanding::of), shared with the section tree
    Id m_section = 0;
    bool m_include = false;
    QList<Id> m_subtree;
    Pending m_pending = Pending::None;
};

} // namespace ap
