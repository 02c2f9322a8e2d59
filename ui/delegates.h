#pragma once

#include <QCompleter>
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

// Edits a target's comparison with a combo box of ≥ ≤ = > <.
class OperatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

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

// Completes the department name being typed after the last 、 or comma, so a list of several
// names can be entered from the registry: "区卫健委、区财" → "区卫健委、区财政局".
class DepartmentCompleter : public QCompleter
{
    Q_OBJECT
public:
    DepartmentCompleter(PlanDocument *doc, QObject *parent);
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

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
