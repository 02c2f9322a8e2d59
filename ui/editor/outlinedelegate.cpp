#include "outlinedelegate.h"

#include "models/sectiontreemodel.h"

namespace ap {

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = index.data(SectionTreeModel::LabelRole).toString() + option->text;
}

} // namespace ap
