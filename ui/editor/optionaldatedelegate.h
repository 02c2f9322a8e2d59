#pragma once

#include <QStyledItemDelegate>

namespace ap {

class PlanDocument;

// Edits a date cell that may be empty (a task's start or deadline, a target's due date) with a
// check box beside the date, so a date can be cleared as well as picked.
class OptionalDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // doc gives the year of dates typed without one; without it, the current year.
    explicit OptionalDateDelegate(QObject *parent = nullptr, const PlanDocument *doc = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Never narrower than a whole date: a narrow column's editor reaches past the cell.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    const PlanDocument *m_doc;
};

} // namespace ap
