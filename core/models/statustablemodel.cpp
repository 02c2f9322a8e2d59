#include "statustablemodel.h"

#include <QColor>
#include <QTimer>

#include <limits>

namespace ap {

StatusTableModel::StatusTableModel(PlanDocument *doc, QObject *parent, const QDate &asOf)
    : QAbstractTableModel(parent), m_doc(doc), m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
{
    // Any change to the plan or its reports recomputes, once per event-loop turn. Until then the
    // rows are dropped at once: they point into tasks and reports that may be gone (a view painting
    // a removed task's row crashed; found by the keyboard monkey).
    // While paused (setLive(false): its dashboard is not shown) it only drops them.
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &StatusTableModel::refresh);
    auto later = [this] {
        m_stale = true;
        if (!m_all.isEmpty()) {
            beginResetModel();
            m_all.clear();
            m_rows.clear();
            endResetModel();
        }
        if (m_live)
            m_pending->start();
    };
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, later);
    connect(doc, &PlanDocument::sectionAboutToBeRemoved, this, later);
    connect(doc, &PlanDocument::reportsChanged, this, later);
    connect(doc, &PlanDocument::taskChanged, this, later);
    connect(doc, &PlanDocument::taskInserted, this, later);
    connect(doc, &PlanDocument::taskRemoved, this, later);
    connect(doc, &PlanDocument::taskMoved, this, later);
    connect(doc, &PlanDocument::sectionInserted, this, later);
    connect(doc, &PlanDocument::sectionRemoved, this, later);
    connect(doc, &PlanDocument::sectionMoved, this, later);
    connect(doc, &PlanDocument::planInfoChanged, this, later);
    connect(doc, &PlanDocument::departmentsChanged, this, later);
    // A version saved or removed changes the plan in force on a day (planInForce).
    connect(doc, &PlanDocument::versionsChanged, this, later);
    refresh();
}

StatusTableModel::StatusTableModel(StatusTableModel *source, QObject *parent)
    : QAbstractTableModel(parent), m_doc(source->m_doc), m_source(source), m_asOf(source->m_asOf)
{
    // The source drops its rows at once on a change and recomputes later, resetting each time:
    // this model follows both.
    connect(source, &QAbstractItemModel::modelReset, this, &StatusTableModel::refresh);
    refresh();
}

QColor StatusTableModel::warningColour(Warning w)
{
    switch (w) {
    case Warning::Red: return QColor(0xe5, 0x39, 0x35);
    case Warning::Yellow: return QColor(0xf9, 0xa8, 0x25);
    case Warning::Blue: return QColor(0x1e, 0x88, 0xe5);
    case Warning::Unreported: return QColor(0x75, 0x75, 0x75);
    case Warning::DoneUnmet: return QColor(0x8e, 0x24, 0xaa);
    case Warning::None: break;
    }
    return QColor(0x43, 0xa0, 0x47);
}

void StatusTableModel::setLive(bool live)
{
    if (m_source) {
        m_source->setLive(live);
        return;
    }
    m_live = live;
    if (!live)
        m_pending->stop();
    else if (m_stale)
        refresh();
}

void StatusTableModel::refresh()
{
    if (m_pending)
        m_pending->stop();
    m_stale = false;
    beginResetModel();
    if (m_source) {
        m_asOf = m_source->m_asOf;
        m_measured = m_source->m_measured;
        m_all = m_source->m_all;
    } else {
        // Measured against the version in force on the day (the plan now when none is).
        m_measured = m_doc->planInForce(m_asOf);
        m_all = StatusEngine::evaluateAll(*m_measured, m_doc->reports(), m_asOf);
    }
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (shown(m_all.at(i)))
            m_rows.append(i);
    endResetModel();
}

bool StatusTableModel::shown(const TaskResult &r) const
{
    if (!m_warnings.isEmpty() && !m_warnings.contains(r.warning))
        return false;
    if (m_department) {
        const Task &t = *m_measured->tasks.constFind(r.taskId);
        return t.hasDepartment(m_department, DepartmentRole::Lead) || t.hasDepartment(m_department, DepartmentRole::Support);
    }
    return true;
}

void StatusTableModel::setDate(const QDate &asOf)
{
    if (m_source) {
        m_source->setDate(asOf);
        return;
    }
    if (asOf == m_asOf || !asOf.isValid())
        return;
    m_asOf = asOf;
    refresh();
}

void StatusTableModel::setWarnings(const QSet<Warning> &warnings)
{
    m_warnings = warnings;
    refresh();
}

void StatusTableModel::setDepartment(Id departmentId)
{
    if (departmentId == m_department)
        return;
    m_department = departmentId;
    refresh();
}

Id StatusTableModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_all.at(m_rows.at(row)).taskId : 0;
}

std::optional<double> StatusTableModel::sortKey(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const TaskResult &r = m_all.at(m_rows.at(row));
    switch (column) {
    case WarningColumn: return -int(r.warning);
    case ExpectedColumn: return r.expected;
    case ActualColumn: return r.actual.value_or(-1);
    case LabelColumn: return row;
    case DeadlineColumn: {
        // An invalid date first, as QDate orders it (its day number is the smallest).
        const QDate d = m_measured->tasks.constFind(r.taskId)->deadline;
        return d.isValid() ? double(d.toJulianDay()) : -std::numeric_limits<double>::infinity();
    }
    default: return std::nullopt;
    }
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("No.");
    case TitleColumn: return tr("Task");
    case LeadColumn: return tr("Lead");
    case RoleColumn: return tr("Role");
    case StatusColumn: return tr("Status");
    case WarningColumn: return tr("Warning");
    case ExpectedColumn: return tr("Expected");
    case ActualColumn: return tr("Reported");
    case DeadlineColumn: return tr("Deadline");
    case ProgressColumn: return tr("Latest progress");
    case ProblemsColumn: return tr("Problems");
    }
    return QVariant();
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    // Asked a million times when a long list is sorted: the index is checked by hand (not by
    // checkIndex, a third of the cost) and the sort keys that need no task come first.
    if (index.model() != this || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return QVariant();
    const TaskResult &r = m_all.at(m_rows.at(index.row()));
    if (role == SortRole)
        if (const std::optional<double> key = sortKey(index.row(), index.column()))
            return *key;
    if (role == TaskIdRole)
        return r.taskId;
    if (role == WarningRole)
        return int(r.warning);
    if (role == Qt::DecorationRole && index.column() == WarningColumn)
        return warningColour(r.warning);
    if (role == Qt::BackgroundRole && index.column() == WarningColumn && r.warning != Warning::None)
        return warningColour(r.warning).lighter(170);
    if (role == Qt::TextAlignmentRole && (index.column() == ExpectedColumn || index.column() == ActualColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const Task &t = *m_measured->tasks.constFind(r.taskId);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case LabelColumn:
        // In lists that mix sections the task's own number needs its section's: （一）2.
        return m_doc->sectionLabel(m_doc->plan().taskSection.value(r.taskId)) + m_doc->taskLabel(r.taskId);
    case TitleColumn: return t.title;
    case LeadColumn: return m_doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"));
    case RoleColumn:
        if (!m_department)
            return QVariant();
        return t.hasDepartment(m_department, DepartmentRole::Lead) ? tr("Lead") : tr("Support");
    case StatusColumn: return statusDisplay(r.status);
    case WarningColumn: return warningDisplay(r.warning);
    case ExpectedColumn: return QStringLiteral("%1%").arg(qRound(r.expected));
    case ActualColumn: return r.actual ? QStringLiteral("%1%").arg(qRound(*r.actual)) : QStringLiteral("—");
    case DeadlineColumn: return t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QString();
    case ProgressColumn: return r.latest ? r.latest->progress : QString();
    case ProblemsColumn: return r.latest ? r.latest->problems : QString();
    }
    return QVariant();
}

} // namespace ap
