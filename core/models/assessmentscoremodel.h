#pragma once

#include "document/plandocument.h"
#include "status/assessmentengine.h"

#include "pausedrefresh.h"

#include <QAbstractTableModel>

// One unit's year-end assessment, a row per task it is assessed on: the task, its points and
// rule, what was reached, the points computed, the unit's 自评 (points and note), the bureau's
// 复核 (points and reason) and the points that count, with why points were lost. The 自评 is typed
// by the plan's editors, or by the unit's own reporter on a server plan; the 复核 by the editors
// only; nothing once the result is published. A value that cannot be taken is refused with why
// (refused), and nothing changes.
namespace ap {

class AssessmentScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The typed columns stand together after what was reached; the rule (the scheme's) comes last.
    enum Column { TaskColumn, PointsColumn, ReachedColumn, ComputedColumn, SelfColumn, SelfNoteColumn, ReviewColumn,
                  ReviewReasonColumn, ScoreColumn, LostColumn, RuleColumn, ColumnCount };

    explicit AssessmentScoreModel(PlanDocument *doc, QObject *parent = nullptr);
    // Paused (false) while its page is not shown: see PausedRefresh. True when it was computed again.
    bool setLive(bool live);

    // The unit shown (0: none).
    void setUnit(Id departmentId);
    Id unit() const { return m_unit; }
    const AssessmentResult &result() const { return m_result; }
    // The unit's score as it stands (null when it is not assessed).
    const UnitScore *unitScore() const;
    Id taskId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Why text cannot go into index (empty when it can): what setData refuses, asked before.
    QString refusal(const QModelIndex &index, const QString &text) const;
    // Points as a clerk types them: "4.5", "４．５", "4.5分"; nullopt for none, false when not a number.
    static bool parsePoints(const QString &text, std::optional<double> *points);

Q_SIGNALS:
    void refused(const QString &why);

private:
    // Recomputed from the document: rows kept in place when the same tasks remain (a cell being
    // typed in stays where it is), reset otherwise.
    void refresh();
    bool maySelfAssess() const;
    bool mayReview() const;

    PlanDocument *m_doc;
    PausedRefresh m_pause;
    Id m_unit = 0;
    std::shared_ptr<const PlanData> m_measured;   // the plan in force at the year's end
    AssessmentResult m_result;
    QList<ItemScore> m_items;
};

} // namespace ap
