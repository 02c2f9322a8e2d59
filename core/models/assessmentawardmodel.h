#pragma once

#include "document/plandocument.h"

#include "pausedrefresh.h"

#include <QAbstractTableModel>

// The bonuses and vetoes given, as a grid: a row per unit the scheme assesses (a department that
// leads an assessed task), a column per 加分项 or 一票否决 item; a cell holds how many times a bonus
// was given (a veto: 1 when given), empty when none. Typed like a spreadsheet's cell; each change
// one undo step; nothing once the result is published.
namespace ap {

class AssessmentAwardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AssessmentAwardModel(PlanDocument *doc, QObject *parent = nullptr);
    // Paused (false) while its page is not shown: see PausedRefresh. True when it was computed again.
    bool setLive(bool live);

    QString refusal(const QModelIndex &index, const QString &text) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &why);

private:
    void refresh();
    const AssessmentAward *award(const QModelIndex &index) const;

    PlanDocument *m_doc;
    PausedRefresh m_pause;
    QList<Id> m_units;
    QList<Id> m_extras;
};

} // namespace ap
