#include "assessmentscoremodel.h"

#include "document/planedits.h"
#include "domain/targettext.h"
#include "status/assessmentwords.h"

#include <QColor>

namespace ap {

AssessmentScoreModel::AssessmentScoreModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_pause([this] { refresh(); },
              [this] {
                  beginResetModel();
                  m_items.clear();
                  m_result = AssessmentResult();
                  endResetModel();
              })
{
    auto changed = [this] { m_pause.changed(); };
    for (auto signal : {&PlanDocument::assessmentChanged, &PlanDocument::planInfoChanged, &PlanDocument::departmentsChanged,
                        &PlanDocument::versionsChanged})
        connect(doc, signal, this, changed);
    connect(doc, &PlanDocument::reportsChanged, this, changed);
    connect(doc, &PlanDocument::taskChanged, this, changed);
    connect(doc, &PlanDocument::taskInserted, this, changed);
    connect(doc, &PlanDocument::taskRemoved, this, changed);
    // A section's tasks come and go with it, told by the section alone.
    connect(doc, &PlanDocument::sectionInserted, this, changed);
    connect(doc, &PlanDocument::sectionRemoved, this, changed);
    refresh();
}

bool AssessmentScoreModel::setLive(bool live)
{
    return m_pause.setLive(live);
}

void AssessmentScoreModel::setUnit(Id departmentId)
{
    if (departmentId == m_unit)
        return;
    m_unit = departmentId;
    beginResetModel();
    m_items = unitScore() ? unitScore()->items : QList<ItemScore>();
    endResetModel();
}

const UnitScore *AssessmentScoreModel::unitScore() const
{
    for (const UnitScore &u : m_result.units)
        if (u.departmentId == m_unit)
            return &u;
    return nullptr;
}

Id AssessmentScoreModel::taskId(int row) const
{
    return m_items.value(row).taskId;
}

void AssessmentScoreModel::refresh()
{
    // Measured against the version in force at the year's end (the plan now when none is).
    m_measured = m_doc->planInForce(AssessmentEngine::yearEnd(m_doc->plan()));
    m_result = AssessmentEngine::assess(*m_measured, m_doc->reports());
    const QList<ItemScore> items = unitScore() ? unitScore()->items : QList<ItemScore>();
    bool same = items.size() == m_items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = items.at(i).taskId == m_items.at(i).taskId;
    if (!same) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    m_items = items;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

int AssessmentScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AssessmentScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn: return tr("Task");
    case PointsColumn: return tr("Points");
    case RuleColumn: return tr("Scoring Rule");
    case ReachedColumn: return tr("What Was Reached");
    case ComputedColumn: return tr("Computed");
    case SelfColumn: return tr("Self-Assessed");
    case SelfNoteColumn: return tr("Unit's Note");
    case ReviewColumn: return tr("Reviewed");
    case ReviewReasonColumn: return tr("Review's Reason");
    case ScoreColumn: return tr("Score");
    case LostColumn: return tr("Points Lost Because");
    }
    return QVariant();
}

QVariant AssessmentScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const ItemScore &i = m_items.at(index.row());
    const auto found = m_measured->tasks.constFind(i.taskId);
    if (found == m_measured->tasks.cend())
        return QVariant();   // gone since (its section removed): the refresh that follows drops it
    const Task &task = *found;
    auto points = [](const std::optional<double> &p) { return p ? AssessmentWords::points(*p) : QString(); };
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TaskColumn: return m_doc->taskPlace(i.taskId) + task.title;
        case PointsColumn: return AssessmentWords::points(i.available);
        case RuleColumn: return AssessmentWords::rule(*task.assessment, task);
        case ReachedColumn: return AssessmentWords::figures(i, task);
        case ComputedColumn: return i.computed ? AssessmentWords::points(*i.computed) : tr("by the assessors");
        case SelfColumn: return points(i.selfPoints);
        case SelfNoteColumn: return i.selfNote;
        case ReviewColumn: return points(i.reviewPoints);
        case ReviewReasonColumn: return i.reviewReason;
        case ScoreColumn: return i.pending ? tr("to be scored") : AssessmentWords::points(i.points);
        case LostColumn: return AssessmentWords::loss(i, *task.assessment, task);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == PointsColumn || index.column() == ComputedColumn
                                          || index.column() == SelfColumn || index.column() == ReviewColumn
                                          || index.column() == ScoreColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ScoreColumn && i.points < i.available - 1e-9)
        return QColor(0xb0, 0x30, 0x20);
    return QVariant();
}

bool AssessmentScoreModel::maySelfAssess() const
{
    if (m_doc->plan().assessment.published || m_doc->isDisconnected())
        return false;
    if (!m_doc->isReadOnly())
        return true;
    return m_doc->reportingDepartment() != 0 && m_doc->reportingDepartment() == m_unit;
}

bool AssessmentScoreModel::mayReview() const
{
    return !m_doc->plan().assessment.published && !m_doc->isReadOnly();
}

Qt::ItemFlags AssessmentScoreModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    if (((c == SelfColumn || c == SelfNoteColumn) && maySelfAssess()) || ((c == ReviewColumn || c == ReviewReasonColumn) && mayReview()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssessmentScoreModel::parsePoints(const QString &text, std::optional<double> *points)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.endsWith(QStringLiteral("分")))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty()) {
        *points = std::nullopt;
        return true;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *points = v;
    return true;
}

QString AssessmentScoreModel::refusal(const QModelIndex &index, const QString &text) const
{
    if (!index.isValid() || index.row() >= m_items.size() || (index.column() != SelfColumn && index.column() != ReviewColumn))
        return QString();
    std::optional<double> points;
    if (!parsePoints(text, &points))
        return tr("“%1” is not a number of points: type one such as 4.5, or nothing to clear it.").arg(text.trimmed());
    const double most = m_items.at(index.row()).available;
    if (points && (*points < 0 || *points > most + 1e-9))
        return tr("This task is worth %1 point(s): type a number from 0 to %1.").arg(AssessmentWords::points(most));
    return QString();
}

bool AssessmentScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ItemScore &item = m_items.at(index.row());
    AssessmentMark mark;
    if (const AssessmentMark *old = m_doc->reports().assessment.mark(item.taskId, m_unit))
        mark = *old;
    mark.taskId = item.taskId;
    mark.departmentId = m_unit;
    const QString text = value.toString();
    const int c = index.column();
    if (c == SelfColumn || c == ReviewColumn) {
        if (const QString why = refusal(index, text); !why.isEmpty()) {
            Q_EMIT refused(why);
            return false;
        }
        std::optional<double> points;
        parsePoints(text, &points);
        if ((c == SelfColumn ? mark.selfPoints : mark.reviewPoints) == points)
            return true;
        (c == SelfColumn ? mark.selfPoints : mark.reviewPoints) = points;
    } else {
        const QString words = text.trimmed();
        if ((c == SelfNoteColumn ? mark.selfNote : mark.reviewReason) == words)
            return true;
        (c == SelfNoteColumn ? mark.selfNote : mark.reviewReason) = words;
    }
    // A reporter's 自评 is its own and for good; an editor's change is one undo step.
    const bool ownOnly = m_doc->isReadOnly();
    return ownOnly ? m_doc->addSelfAssessment(mark) : edits::setAssessmentMark(*m_doc, mark);
}

} // namespace ap
