#include "checkeddelegate.h"

#include "checkedlineedit.h"

namespace ap {

CheckedDelegate::CheckedDelegate(Check check, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_check(std::move(check))
{
}

QWidget *CheckedDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QPersistentModelIndex at(index);
    auto *edit = new CheckedLineEdit([this, at](const QString &text) { return m_check(at, text); }, parent);
    edit->setFrame(false);
    connect(edit, &CheckedLineEdit::refused, this, &CheckedDelegate::refused);
    return edit;
}

} // namespace ap
