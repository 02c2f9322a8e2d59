#include "optionaldatedelegate.h"

#include "document/plandocument.h"
#include "widgets/optionaldateedit.h"

#include <algorithm>

namespace ap {

OptionalDateDelegate::OptionalDateDelegate(QObject *parent, const PlanDocument *doc)
    : QStyledItemDelegate(parent), m_doc(doc)
{
}

QWidget *OptionalDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new OptionalDateEdit(parent);
    if (m_doc)
        editor->setPlanYear(m_doc->plan().info.year);
    editor->setAutoFillBackground(true);
    // The focus sits in the box inside the editor, so the view never sees it leave: the box's own
    // editingFinished (focus out, Enter, the check box) writes the date.
    connect(editor, &OptionalDateEdit::edited, this,
            [this, editor]() {
                // Not once more after the view closed it (Enter commits, then the focus leaves).
                if (editor->isVisible())
                    Q_EMIT const_cast<OptionalDateDelegate *>(this)->commitData(editor);
            });
    return editor;
}

void OptionalDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    QDate d = v.toDate();
    if (!d.isValid())
        d = QDate::fromString(v.toString(), Qt::ISODate);
    static_cast<OptionalDateEdit *>(editor)->setDate(d);
}

void OptionalDateDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

void OptionalDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<OptionalDateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace ap
