#include "delegates.h"

#include <algorithm>

#include "models/sectiontreemodel.h"
#include "models/targettablemodel.h"

#include "document/plandocument.h"
#include "optionaldateedit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace ap {

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = index.data(SectionTreeModel::LabelRole).toString() + option->text;
}

QWidget *OperatorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(TargetTableModel::operatorSymbols());
    return combo;
}

void OperatorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findText(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void OperatorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

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

namespace {
const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[、，,;；]"));
    return re;
}
} // namespace

DepartmentCompleter::DepartmentCompleter(PlanDocument *doc, QObject *parent)
    : QCompleter(parent)
{
    auto *names = new QStringListModel(this);
    auto update = [doc, names]() {
        QStringList list;
        for (const Department &d : doc->plan().departments)
            list << d.name;
        names->setStringList(list);
    };
    update();
    connect(doc, &PlanDocument::departmentsChanged, this, update);
    setModel(names);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

QStringList DepartmentCompleter::splitPath(const QString &path) const
{
    const int cut = int(path.lastIndexOf(separators()));
    return {path.mid(cut + 1).trimmed()};
}

QString DepartmentCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const int cut = int(text.lastIndexOf(separators()));
    return text.left(cut + 1) + index.data().toString();
}

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
