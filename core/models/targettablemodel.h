#pragma once

#include "document/plandocument.h"

#include <QAbstractTableModel>

namespace ap {

// The targets of one task. Every edit, insertion and removal replaces the task's value through
// an EditTaskCommand, so target changes undo together with the rest of the task.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // StepsColumn: the steps due before the year's value, "3家(6月底)、6家(9月底)"; MeasureColumn:
    // how the figure behaves (by unit, level, cumulative by steps, cumulative steadily).
    enum Column { IndicatorColumn, OpColumn, ValueColumn, UnitColumn, BaselineColumn, BaselineYearColumn,
                  DueColumn, StepsColumn, MeasureColumn, ColumnCount };
    // The choices a cell offers (a comparison, a measure), for its combo box.
    enum Roles { ChoicesRole = Qt::UserRole + 1 };
    static QString measureDisplay(TargetMeasure m);

    explicit TargetTableModel(PlanDocument *doc, QObject *parent = nullptr);

    void setTask(Id taskId);
    Id task() const { return m_task; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    static QStringList operatorSymbols();

private:
    bool pushTargets(const QList<Target> &targets, const QString &text);
    QList<Target> m_shown;  // what the view was last told, to tell edits from structure changes

    PlanDocument *m_doc;
    Id m_task = 0;
};

} // namespace ap
