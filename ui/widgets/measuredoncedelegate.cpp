#include "measuredoncedelegate.h"

namespace ap {

QSize MeasuredOnceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_fitting)
        return QStyledItemDelegate::sizeHint(option, index);
    // What decides a cell's size in these lists: its words and whether a colour mark stands
    // before them (the font, alignment and style are the list's).
    Key key{index.column(), index.data(Qt::DecorationRole).isValid(), index.data(Qt::DisplayRole).toString()};
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.cend())
        return *it;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(std::move(key), size);
    return size;
}

void MeasuredOnceDelegate::beginFitting()
{
    m_fitting = true;
    m_sizes.clear();
}

void MeasuredOnceDelegate::endFitting()
{
    m_fitting = false;
    m_sizes.clear();
}

} // namespace ap
