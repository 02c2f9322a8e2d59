#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace ap {

// Edits a cell with a CheckedLineEdit: what the cell's check refuses (a number out of range, words
// that are no number) stays in the field with why, instead of being dropped as the cell moves on.
class CheckedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // check: why text cannot go into index, empty when it can.
    using Check = std::function<QString(const QModelIndex &index, const QString &text)>;
    CheckedDelegate(Check check, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const QString &why);

private:
    Check m_check;
};

} // namespace ap
