#include "departmentdelegate.h"

#include "document/plandocument.h"
#include "editor/departmentcompleter.h"

#include <QLineEdit>

namespace ap {

DepartmentDelegate::DepartmentDelegate(PlanDocument *doc, QObject *parent)
    : QStyledItemDelegate(parent), m_doc(doc)
{
}

QWidget *DepartmentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setCompleter(new DepartmentCompleter(m_doc, edit));
    return editor;
}

} // namespace ap
