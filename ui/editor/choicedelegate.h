#pragma once

#include <QStyledItemDelegate>

namespace ap {

// Edits a cell with a combo box of the choices its model gives (TargetTableModel::ChoicesRole: a
// target's comparison ≥ ≤ = > <, its measure).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace ap
