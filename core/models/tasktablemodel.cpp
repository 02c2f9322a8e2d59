#include "tasktablemodel.h"

#include "statustablemodel.h"

#include "domain/datetext.h"

#include "document/planedits.h"
#include "document/taskedits.h"
#include "domain/targettext.h"
#include "planmime.h"

#include <QColor>

#include <optional>
#include <algorithm>


namespace ap {

TaskTableModel::TaskTableModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_standing(TaskStanding::of(doc))
{
    connect(m_standing, &TaskStanding::changed, this, [this](Id id) {
        const int row = id ? rowOf(id) : -1;
        if (id == 0 && rowCount() > 0)
            Q_EMIT dataChanged(index(0, ProgressColumn), index(rowCount() - 1, ProgressColumn));
        else if (row >= 0)
            Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
    });
    // The subtree view resets on any change of tasks or sections; the single-section view below
    // follows each change row by row.
    for (auto aboutTo : {&PlanDocument::taskAboutToBeRemoved, &PlanDocument::sectionAboutToBeRemoved})
        connect(doc, aboutTo, this, [this](Id) {
            if (listsSubtree())
                subtreeAboutToChange();
        });
    connect(doc, &PlanDocument::taskRemoved, this, [this](Id, int) { subtreeChanged(); });
    connect(doc, &PlanDocument::sectionRemoved, this, [this](Id, int) { subtreeChanged(); });
    connect(doc, &PlanDocument::taskInserted, this, [this](Id) { subtreeChanged(); });
    connect(doc, &PlanDocument::taskMoved, this, [this](Id) { subtreeChanged(); });
    connect(doc, &PlanDocument::sectionInserted, this, [this](Id) { subtreeChanged(); });
    connect(doc, &PlanDocument::sectionMoved, this, [this](Id) { subtreeChanged(); });

    connect(doc, &PlanDocument::taskAboutToBeInserted, this, [this](Id section, int row) {
        if (listsSubtree() || section != m_section)
            return;
        m_pending = Pending::Insert;
        beginInsertRows(QModelIndex(), row, row);
    });
    connect(doc, &PlanDocument::taskInserted, this, [this](Id) {
        if (m_pending != Pending::Insert)
            return;
        m_pending = Pending::None;
        endInsertRows();
        renumber();
    });
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, [this](Id id) {
        const int row = rowOf(id);
        if (row < 0 || listsSubtree())
            return;
        m_pending = Pending::Remove;
        beginRemoveRows(QModelIndex(), row, row);
    });
    connect(doc, &PlanDocument::taskRemoved, this, [this](Id, int) {
        if (m_pending != Pending::Remove)
            return;
        m_pending = Pending::None;
        endRemoveRows();
        renumber();
    });
    connect(doc, &PlanDocument::taskAboutToBeMoved, this, [this](Id id, Id newSection, int newRow) {
        if (listsSubtree())
            return;
        const int row = rowOf(id);
        if (row >= 0 && newSection == m_section) {
            m_pending = Pending::Move;
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), newRow > row ? newRow + 1 : newRow);
        } else if (row >= 0) {
            m_pending = Pending::Remove;
            beginRemoveRows(QModelIndex(), row, row);
        } else if (newSection == m_section) {
            m_pending = Pending::Insert;
            beginInsertRows(QModelIndex(), newRow, newRow);
        }
    });
    connect(doc, &PlanDocument::taskMoved, this, [this](Id) {
        const Pending p = std::exchange(m_pending, Pending::None);
        if (p == Pending::Move)
            endMoveRows();
        else if (p == Pending::Remove)
            endRemoveRows();
        else if (p == Pending::Insert)
            endInsertRows();
        else
            return;
        renumber();
    });
    connect(doc, &PlanDocument::taskChanged, this, [this](Id id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // A progress report shows in its task's row at once.
    connect(doc, &PlanDocument::reportsChanged, this, [this](Id id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
    });
    connect(doc, &PlanDocument::sectionAboutToBeRemoved, this, [this](Id id) {
        if (m_pending == Pending::None && m_section != 0 && m_doc->isInSubtree(m_section, id)) {
            m_pending = Pending::Reset;
            beginResetModel();
        }
    });
    connect(doc, &PlanDocument::sectionRemoved, this, [this](Id, int) {
        if (m_pending != Pending::Reset || m_doc->plan().sections.contains(m_section))
            return;
        // The shown section itself went.
        m_pending = Pending::None;
        m_section = 0;
        m_subtree.clear();
        endResetModel();
    });
    connect(doc, &PlanDocument::sectionMoved, this, [this](Id) { renumber(); });
    connect(doc, &PlanDocument::departmentsChanged, this, [this]() {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, LeadColumn), index(rowCount() - 1, SupportColumn));
    });
}

void TaskTableModel::setSection(Id sectionId)
{
    if (sectionId == m_section)
        return;
    beginResetModel();
    m_section = sectionId;
    collectSubtree();
    endResetModel();
}

void TaskTableModel::setIncludeSubsections(bool on)
{
    if (on == m_include)
        return;
    beginResetModel();
    m_include = on;
    collectSubtree();
    endResetModel();
}

bool TaskTableModel::listsSubtree() const
{
    return m_include && m_section != 0 && !m_doc->plan().childSections.value(m_section).isEmpty();
}

void TaskTableModel::collectSubtree()
{
    m_subtree.clear();
    if (!listsSubtree())
        return;
    const PlanData &plan = m_doc->plan();
    QList<Id> pending = {m_section};
    while (!pending.isEmpty()) {
        const Id s = pending.takeFirst();
        m_subtree += plan.sectionTasks.value(s);
        pending = plan.childSections.value(s) + pending;   // depth first: the outline's order
    }
}

void TaskTableModel::subtreeAboutToChange()
{
    if (m_pending != Pending::None)
        return;
    m_pending = Pending::Reset;
    beginResetModel();
    m_subtree.clear();
}

void TaskTableModel::subtreeChanged()
{
    if (m_pending == Pending::Reset && m_doc->plan().sections.contains(m_section)) {
        m_pending = Pending::None;
        collectSubtree();
        endResetModel();
        return;
    }
    // Not a removal: a task or section added or moved; the view is laid out anew when it may
    // have been the subtree's (or a first subsection makes the section one).
    if (m_pending != Pending::None || !m_include || m_section == 0)
        return;
    const bool was = !m_subtree.isEmpty() || listsSubtree();
    if (!was)
        return;
    beginResetModel();
    collectSubtree();
    endResetModel();
}

const QList<Id> &TaskTableModel::rows() const
{
    static const QList<Id> none;
    if (listsSubtree())
        return m_subtree;
    auto it = m_doc->plan().sectionTasks.constFind(m_section);
    return it == m_doc->plan().sectionTasks.constEnd() ? none : it.value();
}

Id TaskTableModel::taskId(int row) const
{
    const QList<Id> &r = rows();
    return row >= 0 && row < r.size() ? r.at(row) : 0;
}

int TaskTableModel::rowOf(Id taskId) const
{
    return m_section == 0 ? -1 : int(rows().indexOf(taskId));
}

void TaskTableModel::renumber()
{
    // Task numbers (1. 2. …) follow position and the section's depth.
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const Id id = taskId(index.row());
    const Task &t = *m_doc->plan().tasks.constFind(id);
    if (role == TaskIdRole)
        return id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return t.description.isEmpty() ? t.title : t.description;
    if (role == WarningRole)
        return int(m_standing->warning(id));
    if (role == Qt::BackgroundRole && index.column() == ProgressColumn) {
        const Warning w = m_standing->warning(id);
        if (w == Warning::None)
            return QVariant();
        QColor tint = StatusTableModel::warningColour(w);
        tint.setAlpha(70);   // a tint: the cell's words stay readable in any theme
        return tint;
    }
    if (role == Qt::ToolTipRole && index.column() == ProgressColumn)
        return progressTip(*m_doc, id);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return QVariant();
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case TitleColumn:
        return t.title;
    case TargetsColumn: {
        if (edit)
            return targetsText(t.targets, m_doc->plan().info.year);
        QStringList parts;
        for (const Target &target : t.targets)
            parts << targetSummary(target);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("；"));
    }
    case StartColumn:
        return edit ? QVariant(t.start) : QVariant(t.start.toString(Qt::ISODate));
    case DeadlineColumn:
        return edit ? QVariant(t.deadline) : QVariant(t.deadline.toString(Qt::ISODate));
    case LeadColumn:
        return m_doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"));
    case SupportColumn:
        return m_doc->departmentNames(t, DepartmentRole::Support, QStringLiteral("、"));
    case ProgressColumn: {
        const Warning w = m_standing->warning(id);
        const QString latest = progressText(*m_doc, id);
        if (w == Warning::None || edit)
            return latest;
        return latest.isEmpty() ? warningDisplay(w) : warningDisplay(w) + QStringLiteral(" · ") + latest;
    }
    default:
        return QVariant();
    }
}

QString TaskTableModel::progressText(const PlanDocument &doc, Id taskId)
{
    const ProgressReport *c = doc.reports().latest(taskId);
    if (!c)
        return QString();
    QString text = statusDisplay(c->status);
    if (c->percent)
        text += QStringLiteral(" %1%").arg(qRound(*c->percent));
    if (!c->period.isEmpty())
        text += tr(" (%1)").arg(period::display(c->period));
    return text;
}

QString TaskTableModel::progressTip(const PlanDocument &doc, Id taskId)
{
    const ProgressReport *c = doc.reports().latest(taskId);
    if (!c)
        return QString();
    const Department *d = doc.plan().department(c->departmentId);
    const QString when = c->enteredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString tip = c->enteredBy.isEmpty() ? tr("Entered %1").arg(when) : tr("Entered %1 by %2").arg(when, c->enteredBy);
    if (d)
        tip += tr(", for %1").arg(d->name);
    if (!c->progress.isEmpty())
        tip += QLatin1Char('\n') + c->progress;
    return tip;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_doc->isReadOnly())
        return false;
    const Id id = taskId(index.row());
    Task t = m_doc->plan().tasks.value(id);
    // A date as a date, or as the clerk writes one ("2027/6/30", "6月底"); text that is no date
    // changes nothing rather than clearing the cell.
    auto date = [&](bool *ok) {
        *ok = true;
        if (value.typeId() == QMetaType::QDate)
            return value.toDate();
        const QString text = value.toString().trimmed();
        const QDate d = datetext::parse(text, m_doc->plan().info.year);
        *ok = text.isEmpty() || d.isValid();
        return d;
    };
    bool ok = true;
    switch (index.column()) {
    case TitleColumn:
        t.title = value.toString().trimmed();
        break;
    case StartColumn:
        t.start = date(&ok);
        if (!ok)
            return false;
        break;
    case DeadlineColumn:
        t.deadline = date(&ok);
        if (!ok)
            return false;
        break;
    case TargetsColumn:
        t.targets = mergeTargets(t.targets, parseTargets(value.toString(), m_doc->plan().info.year));
        break;
    case LeadColumn:
        return setTaskDepartments(m_doc, id, DepartmentRole::Lead, splitDepartmentNames(value.toString()));
    case SupportColumn:
        return setTaskDepartments(m_doc, id, DepartmentRole::Support, splitDepartmentNames(value.toString()));
    default:
        return false;
    }
    if (t == m_doc->plan().tasks.value(id))
        return false;
    return edits::editTask(*m_doc, t);
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_doc->isReadOnly() || m_section == 0 ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_doc->isReadOnly()) {
        if (!listsSubtree())
            f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() != ProgressColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

Qt::DropActions TaskTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TaskTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList TaskTableModel::mimeTypes() const
{
    return {planMime::tasks()};
}

QMimeData *TaskTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rowsSeen;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rowsSeen.contains(i.row()))
            rowsSeen << i.row();
    std::sort(rowsSeen.begin(), rowsSeen.end());
    QList<Id> ids;
    for (int r : rowsSeen)
        ids << taskId(r);
    return planMime::encode(planMime::tasks(), m_doc->location().toString(), ids);
}

bool TaskTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    QList<Id> ids;
    return !m_doc->isReadOnly() && m_section != 0 && action == Qt::MoveAction
           && planMime::decode(data, planMime::tasks(), m_doc->location().toString(), &ids) && !ids.isEmpty();
}

bool TaskTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<Id> ids;
    planMime::decode(data, planMime::tasks(), m_doc->location().toString(), &ids);
    // Dropped on a row: in front of it; between rows: at that row; below the last: at the end.
    int insertAt = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    const PlanData &plan = m_doc->plan();
    // One task moves as one plain step; several as one undo step.
    std::optional<edits::Group> group;
    if (ids.size() > 1)
        group.emplace(*m_doc, tr("Move %n tasks", nullptr, int(ids.size())));
    for (Id id : ids) {
        if (!plan.tasks.contains(id))
            continue;
        const bool here = plan.taskSection.value(id) == m_section;
        const int oldRow = here ? rowOf(id) : -1;
        int newRow = insertAt;
        if (here && oldRow < insertAt)
            --newRow;
        else
            ++insertAt;
        if (!here || oldRow != newRow)
            edits::moveTask(*m_doc, id, m_section, newRow);
    }
    return true;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        const Id id = taskId(section);
        // Beside tasks of other sections a number carries its own section's: （一）1.
        return listsSubtree() ? m_doc->sectionLabel(m_doc->plan().taskSection.value(id)) + m_doc->taskLabel(id)
                              : m_doc->taskLabel(id);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Task");
    case TargetsColumn: return tr("Targets");
    case StartColumn: return tr("Start");
    case DeadlineColumn: return tr("Deadline");
    case ProgressColumn: return tr("Progress");
    case LeadColumn: return tr("Lead");
    case SupportColumn: return tr("Cooperating");
    default: return QVariant();
    }
}

} // namespace ap
