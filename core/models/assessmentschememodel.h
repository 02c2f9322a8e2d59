#pragma once

#include "document/plandocument.h"

#include "pausedrefresh.h"

#include <QAbstractTableModel>

// The assessment scheme's table (考核方案), a row per task a unit leads, in the plan's order: its
// lead, its points (empty: not assessed), its scoring rule from the list, the rule's figures (the
// floor of a proportional item; a deduction's step, points and cap) and how it is assessed. Each
// change is one undo step through the plan's door; a value that cannot be taken is refused with
// why (refused), and nothing changes.
namespace ap {

class AssessmentSchemeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TaskColumn, LeadColumn, PointsColumn, RuleColumn, FloorColumn, StepColumn, DeductColumn, CapColumn,
                  MethodColumn, ColumnCount };
    // The choices of the rule's cell (as TargetTableModel::ChoicesRole, for ChoiceDelegate).
    enum Roles { ChoicesRole = Qt::UserRole + 1 };

    explicit AssessmentSchemeModel(PlanDocument *doc, QObject *parent = nullptr);
    // Paused (false) while its page is not shown: see PausedRefresh. True when it was computed again.
    bool setLive(bool live);

    // A rule as the window names it ("按完成比例得分" …).
    static QString ruleName(ScoringRule rule);
    Id taskId(int row) const { return m_tasks.value(row); }
    // Why text cannot go into index (empty when it can): what setData refuses, asked before.
    QString refusal(const QModelIndex &index, const QString &text) const;
    // The points of the tasks assessed, in all.
    double totalPoints() const;

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
    bool write(Id task, const std::optional<AssessmentItem> &item);

    PlanDocument *m_doc;
    PausedRefresh m_pause;
    QList<Id> m_tasks;
};

} // namespace ap
