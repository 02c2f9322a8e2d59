#pragma once

#include <QStyledItemDelegate>

namespace ap {

class PlanDocument;

// Edits the lead or cooperating departments cell of the task table with that completer.
class DepartmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    DepartmentDelegate(PlanDocument *doc, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    PlanDocument *m_doc;
};

} // namespace ap
