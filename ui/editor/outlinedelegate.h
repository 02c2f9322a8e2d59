#pragma once

#include <QStyledItemDelegate>

namespace ap {

// Shows a section as "label title" (一、总体要求) while editing only the title.
class OutlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ap
