#include "statussortmodel.h"

#include "statustablemodel.h"

namespace ap {

void StatusSortModel::setSourceModel(QAbstractItemModel *model)
{
    m_status = qobject_cast<const StatusTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool StatusSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source asked about is still the status list set (a deleted source is replaced by Qt's
    // empty model, and the pointer kept here is then never followed).
    if (m_status && left.model() == m_status && sortRole() == StatusTableModel::SortRole) {
        const std::optional<double> a = m_status->sortKey(left.row(), left.column());
        const std::optional<double> b = a ? m_status->sortKey(right.row(), right.column()) : std::nullopt;
        if (a && b)
            return *a < *b;
    }
    // Words (titles, departments, labels of status) as Qt compares them.
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ap
