#pragma once

#include "document/plandocument.h"
#include "document/versioncomparison.h"

#include <QAbstractTableModel>

// What changed between a version and a later state of the plan, a row per change in the later
// plan's order: its number, place, kind, what it was, what it is and the reason (调整理由), which the
// plan's editors type in place (an undoable edit, kept under the earlier version). A reason typed
// elsewhere (another window on a server plan, an undo) shows as it happens.
namespace ap {

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, PlaceColumn, KindColumn, BeforeColumn, AfterColumn, ReasonColumn, ColumnCount };

    explicit ComparisonModel(PlanDocument *doc, QObject *parent = nullptr);

    // Shows a comparison (made by VersionComparison::make); an empty one shows nothing.
    void setComparison(VersionComparison comparison);
    const VersionComparison &comparison() const { return m_comparison; }
    const PlanChange &change(int row) const { return m_comparison.changes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reasonsChanged();

    PlanDocument *m_doc;
    VersionComparison m_comparison;
};

} // namespace ap
