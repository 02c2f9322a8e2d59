#pragma once

#include <QSortFilterProxyModel>

// A status list (StatusTableModel) sorted by a column: the keys that are numbers and dates are
// compared as they are, without a QVariant for each side of each comparison. Sorting the
// dashboard's alerts of a 10,000-task plan through QVariants cost 40 million instructions, a
// tenth of its first showing; the order is the same (stable, by the model's SortRole).
namespace ap {

class StatusTableModel;

class StatusSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const StatusTableModel *m_status = nullptr;   // the source, when it is a status list
};

} // namespace ap
