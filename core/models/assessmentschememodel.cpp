#include "assessmentschememodel.h"

#include "assessmentscoremodel.h"
#include "document/planedits.h"
#include "status/assessmentwords.h"

namespace ap {

AssessmentSchemeModel::AssessmentSchemeModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_pause([this] { refresh(); },
              [this] {
                  beginResetModel();
                  m_tasks.clear();
                  endResetModel();
              })
{
    auto changed = [this] { m_pause.changed(); };
    connect(doc, &PlanDocument::assessmentChanged, this, changed);
    connect(doc, &PlanDocument::taskChanged, this, changed);
    connect(doc, &PlanDocument::taskInserted, this, changed);
    connect(doc, &PlanDocument::taskRemoved, this, changed);
    connect(doc, &PlanDocument::taskMoved, this, changed);
    connect(doc, &PlanDocument::sectionMoved, this, changed);
    connect(doc, &PlanDocument::sectionRemoved, this, changed);
    connect(doc, &PlanDocument::sectionInserted, this, changed);
    connect(doc, &PlanDocument::departmentsChanged, this, changed);
    refresh();
}

bool AssessmentSchemeModel::setLive(bool live)
{
    return m_pause.setLive(live);
}

QString AssessmentSchemeModel::ruleName(ScoringRule rule)
{
    switch (rule) {
    case ScoringRule::Met: return tr("Full points when met");
    case ScoringRule::Proportional: return tr("In proportion to what was reached");
    case ScoringRule::Deduction: return tr("Points off per shortfall");
    case ScoringRule::Done: return tr("Full points when done");
    case ScoringRule::Manual: return tr("Scored by the assessors");
    }
    return QString();
}

double AssessmentSchemeModel::totalPoints() const
{
    double sum = 0;
    for (Id t : m_tasks)
        if (const auto &item = m_doc->plan().tasks.value(t).assessment)
            sum += item->points;
    return sum;
}

void AssessmentSchemeModel::refresh()
{
    QList<Id> tasks;
    const PlanData &plan = m_doc->plan();
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid))
            if (!plan.tasks.value(tid).departmentIds(DepartmentRole::Lead).isEmpty() || plan.tasks.value(tid).assessment)
                tasks << tid;
    if (tasks != m_tasks) {
        beginResetModel();
        m_tasks = tasks;
        endResetModel();
    } else if (!m_tasks.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_tasks.size()) - 1, ColumnCount - 1));
    }
}

int AssessmentSchemeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int AssessmentSchemeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentSchemeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn: return tr("Task");
    case LeadColumn: return tr("Lead");
    case PointsColumn: return tr("Points");
    case RuleColumn: return tr("Scoring Rule");
    case FloorColumn: return tr("Floor (%)");
    case StepColumn: return tr("Per Shortfall of");
    case DeductColumn: return tr("Points Off");
    case CapColumn: return tr("At Most Off");
    case MethodColumn: return tr("How Assessed");
    }
    return QVariant();
}

QVariant AssessmentSchemeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return QVariant();
    const auto found = m_doc->plan().tasks.constFind(m_tasks.at(index.row()));
    if (found == m_doc->plan().tasks.cend())
        return QVariant();
    const Task &task = *found;
    const auto &item = task.assessment;   // no copy of the item
    if (role == ChoicesRole && index.column() == RuleColumn) {
        QStringList names;
        for (ScoringRule r : scoringRules())
            names << ruleName(r);
        return names;
    }
    if (role == Qt::ToolTipRole && index.column() == RuleColumn && item)
        return AssessmentWords::rule(*item, task);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case TaskColumn: return m_doc->taskPlace(task.id) + task.title;
    case LeadColumn: return m_doc->departmentNames(task, DepartmentRole::Lead, QStringLiteral("、"));
    default: break;
    }
    if (!item)
        return index.column() == PointsColumn && role == Qt::DisplayRole ? tr("not assessed") : QVariant(QString());
    const bool deduction = item->rule == ScoringRule::Deduction;
    switch (index.column()) {
    case PointsColumn: return AssessmentWords::points(item->points);
    case RuleColumn: return ruleName(item->rule);
    case FloorColumn: return item->rule == ScoringRule::Proportional ? AssessmentWords::points(item->floor) : QString();
    case StepColumn: return deduction ? AssessmentWords::points(item->step) : QString();
    case DeductColumn: return deduction ? AssessmentWords::points(item->deduct) : QString();
    case CapColumn: return deduction && item->cap ? AssessmentWords::points(*item->cap) : QString();
    case MethodColumn: return item->method;
    }
    return QVariant();
}

Qt::ItemFlags AssessmentSchemeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_doc->isReadOnly() || index.column() == TaskColumn || index.column() == LeadColumn)
        return f;
    const auto &item = m_doc->plan().tasks.value(m_tasks.value(index.row())).assessment;
    if (index.column() == PointsColumn || item)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssessmentSchemeModel::write(Id task, const std::optional<AssessmentItem> &item)
{
    if (m_doc->plan().tasks.value(task).assessment == item)
        return true;
    AssessmentChange change;
    change.scheme = m_doc->plan().assessment;
    change.items.insert(task, item);
    return edits::setAssessment(*m_doc, change, tr("Assessment of %1").arg(m_doc->taskLabel(task)));
}

QString AssessmentSchemeModel::refusal(const QModelIndex &index, const QString &text) const
{
    const int c = index.column();
    if (c == TaskColumn || c == LeadColumn || c == RuleColumn || c == MethodColumn)
        return QString();
    std::optional<double> number;
    if (!AssessmentScoreModel::parsePoints(text, &number) || (number && (*number < 0 || *number > 1000)))
        return tr("“%1” is not a number this column takes: type one from 0 to 1000.").arg(text.trimmed());
    if (c == FloorColumn && number && *number > 100)
        return tr("A floor is a share of the target: type a number from 0 to 100.");
    if (c == StepColumn && (!number || *number <= 0))
        return tr("Type how much shortfall costs the points, a number above 0.");
    return QString();
}

bool AssessmentSchemeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Id id = m_tasks.at(index.row());
    if (!m_doc->plan().tasks.contains(id))
        return false;
    const Task &task = *m_doc->plan().tasks.constFind(id);
    AssessmentItem item = task.assessment.value_or(AssessmentItem());
    const QString text = value.toString().trimmed();
    const int c = index.column();
    if (c == RuleColumn) {
        for (ScoringRule r : scoringRules())
            if (ruleName(r) == text || scoringRuleKey(r) == text) {
                item.rule = r;
                return write(id, item);
            }
        Q_EMIT refused(tr("“%1” is not a scoring rule: choose one from the list.").arg(text));
        return false;
    }
    if (c == MethodColumn) {
        item.method = text;
        return write(id, item);
    }
    if (const QString why = refusal(index, text); !why.isEmpty()) {
        Q_EMIT refused(why);
        return false;
    }
    std::optional<double> number;
    AssessmentScoreModel::parsePoints(text, &number);
    switch (c) {
    case PointsColumn:
        if (!number || *number <= 0)
            return write(id, std::nullopt);   // no points: not assessed
        if (!task.assessment) {
            // A task newly assessed is scored as the plan's default would score it.
            const bool measured = std::any_of(task.targets.cbegin(), task.targets.cend(), [](const Target &t) { return t.value.has_value(); });
            item.rule = measured ? ScoringRule::Proportional : ScoringRule::Done;
        }
        item.points = *number;
        break;
    case FloorColumn: item.floor = number.value_or(0); break;
    case StepColumn: item.step = *number; break;
    case DeductColumn: item.deduct = number.value_or(0); break;
    case CapColumn: item.cap = number; break;
    }
    return write(id, item);
}

} // namespace ap
