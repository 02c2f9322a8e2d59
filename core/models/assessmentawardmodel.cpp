#include "assessmentawardmodel.h"

#include "assessmentscoremodel.h"
#include "document/planedits.h"
#include "domain/targettext.h"

namespace ap {

AssessmentAwardModel::AssessmentAwardModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_pause([this] { refresh(); },
              [this] {
                  beginResetModel();
                  m_units.clear();
                  m_extras.clear();
                  endResetModel();
              })
{
    auto changed = [this] { m_pause.changed(); };
    connect(doc, &PlanDocument::assessmentChanged, this, changed);
    connect(doc, &PlanDocument::departmentsChanged, this, changed);
    connect(doc, &PlanDocument::taskChanged, this, changed);
    for (auto signal : {&PlanDocument::taskInserted, &PlanDocument::sectionInserted})
        connect(doc, signal, this, changed);
    connect(doc, &PlanDocument::taskRemoved, this, changed);
    connect(doc, &PlanDocument::sectionRemoved, this, changed);
    refresh();
}

bool AssessmentAwardModel::setLive(bool live)
{
    return m_pause.setLive(live);
}

void AssessmentAwardModel::refresh()
{
    QList<Id> units, extras;
    const PlanData &plan = m_doc->plan();
    QSet<Id> leading;
    for (const Task &t : plan.tasks)
        if (t.assessment)
            for (Id d : t.departmentIds(DepartmentRole::Lead))
                leading.insert(d);
    for (const AssessmentAward &a : m_doc->reports().assessment.awards)
        leading.insert(a.departmentId);
    for (const Department &d : plan.departments)
        if (leading.contains(d.id))
            units << d.id;
    for (const AssessmentExtra &e : plan.assessment.extras)
        extras << e.id;
    if (units != m_units || extras != m_extras) {
        beginResetModel();
        m_units = units;
        m_extras = extras;
        endResetModel();
    } else if (!m_units.isEmpty() && !m_extras.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_units.size()) - 1, int(m_extras.size()) - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_extras.size()) - 1);
    }
}

int AssessmentAwardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int AssessmentAwardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_extras.size());
}

QVariant AssessmentAwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const Department *d = m_doc->plan().department(m_units.value(section));
        return d ? d->name : QString();
    }
    const AssessmentExtra *e = m_doc->plan().assessment.extra(m_extras.value(section));
    if (!e)
        return QString();
    return e->kind == AssessmentExtra::Kind::Veto ? tr("Veto: %1").arg(e->title) : tr("Bonus: %1").arg(e->title);
}

const AssessmentAward *AssessmentAwardModel::award(const QModelIndex &index) const
{
    for (const AssessmentAward &a : m_doc->reports().assessment.awards)
        if (a.extraId == m_extras.value(index.column()) && a.departmentId == m_units.value(index.row()))
            return &a;
    return nullptr;
}

QVariant AssessmentAwardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size() || index.column() >= m_extras.size())
        return QVariant();
    const AssessmentAward *a = award(index);
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return a ? formatNumber(a->count) : QString();
    if (role == Qt::ToolTipRole && a)
        return a->note;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return QVariant();
}

Qt::ItemFlags AssessmentAwardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_doc->isReadOnly() && !m_doc->plan().assessment.published)
        f |= Qt::ItemIsEditable;
    return f;
}

QString AssessmentAwardModel::refusal(const QModelIndex &index, const QString &text) const
{
    std::optional<double> count;
    if (!AssessmentScoreModel::parsePoints(text, &count) || (count && (*count < 0 || *count > 1000)))
        return tr("“%1” is not a number of times: type one such as 2, or nothing for none.").arg(text.trimmed());
    const AssessmentExtra *e = m_doc->plan().assessment.extra(m_extras.value(index.column()));
    if (e && e->kind == AssessmentExtra::Kind::Veto && count && *count != 0 && *count != 1)
        return tr("A veto is given or not: type 1, or nothing.");
    return QString();
}

bool AssessmentAwardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (const QString why = refusal(index, text); !why.isEmpty()) {
        Q_EMIT refused(why);
        return false;
    }
    std::optional<double> count;
    AssessmentScoreModel::parsePoints(text, &count);
    const AssessmentAward *old = award(index);
    std::optional<AssessmentAward> now;
    if (count && *count > 0)
        now = AssessmentAward{m_extras.at(index.column()), m_units.at(index.row()), *count, old ? old->note : QString()};
    if ((!old && !now) || (old && now && *old == *now))
        return true;
    return edits::setAssessmentAward(*m_doc, m_extras.at(index.column()), m_units.at(index.row()), now);
}

} // namespace ap
