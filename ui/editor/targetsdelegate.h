#pragma once

#include <QStyledItemDelegate>

namespace ap {

class PlanDocument;

// The task table's targets cell, typed in the one targets grammar (parseTargets: "签约率提升至85%
// （2025年为80%）；投诉率≤0.5%"). While it is typed a tip under the cell says what is understood,
// target by target, and which parts are not (those are kept as typed); when it is written with such
// a part, the window's status line says so.
class TargetsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TargetsDelegate(const PlanDocument *doc, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // What text is understood as, one target a line, then the parts that are not.
    static QString understanding(const QString &text, int year);

private:
    const PlanDocument *m_doc;
};

} // namespace ap
