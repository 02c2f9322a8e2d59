#include "tasksearchmodel.h"

#include "domain/targettext.h"

#include <QTimer>

namespace ap {

bool TaskFilter::matches(const PlanDocument &doc, const Task &t, const QHash<Id, Warning> &standing,
                         QHash<Id, QString> *targetTexts) const
{
    if (warning && standing.value(t.id, Warning::None) != *warning)
        return false;
    if (department != 0) {
        bool named = false;
        for (const Assignment &a : t.assignments)
            named = named || a.departmentId == department;
        if (!named)
            return false;
    }
    if (deadlineFrom.isValid() && (!t.deadline.isValid() || t.deadline < deadlineFrom))
        return false;
    if (deadlineTo.isValid() && (!t.deadline.isValid() || t.deadline > deadlineTo))
        return false;
    if (withoutLead && !t.departmentIds(DepartmentRole::Lead).isEmpty())
        return false;
    if (targetWithoutDeadline) {
        bool found = false;
        for (const Target &target : t.targets)
            found = found || (!target.due.isValid() && !t.deadline.isValid());
        if (!found)
            return false;
    }
    // One line: a line break pasted into the field is a space (a target's words are on lines of
    // their own, which it must not match across).
    const QString needle = QString(text).replace(u'\r', u' ').replace(u'\n', u' ').trimmed();
    if (needle.isEmpty())
        return true;
    auto has = [&needle](const QString &s) { return s.contains(needle, Qt::CaseInsensitive); };
    if (has(t.title) || has(t.description) || has(t.notes))
        return true;
    // Each target's words on lines of their own: the needle, one line, cannot match across two.
    const auto wordsOf = [](const Target &target) { return targetSummary(target) + u'\n' + targetProse(target); };
    if (!targetTexts) {
        for (const Target &target : t.targets)
            if (has(wordsOf(target)))
                return true;
    } else if (!t.targets.isEmpty()) {
        auto known = targetTexts->constFind(t.id);
        if (known == targetTexts->cend()) {
            QString words;
            for (const Target &target : t.targets)
                words += wordsOf(target) + u'\n';
            known = targetTexts->insert(t.id, words);
        }
        if (has(*known))
            return true;
    }
    return has(doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")))
           || has(doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、")));
}

TaskSearchModel::TaskSearchModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    // Any change may add or remove matches; the stack's index moves once per change, and the list
    // is brought up to date then (update()). What changed is noted as it is told: a task changed
    // or added is looked at again, its words made anew; a change of the outline, the departments
    // (their names are searched) or the plan's properties (the year in a target's words) has the
    // whole plan searched again. On 100,000 tasks an edit costs a walk over the plan's task ids,
    // not a search of the plan (half a second an edit while the Find panel was open).
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &TaskSearchModel::update);
    auto changed = [this](Id id) {
        m_targetTexts.remove(id);
        m_changed.insert(id);
    };
    connect(doc, &PlanDocument::taskChanged, this, changed);
    connect(doc, &PlanDocument::taskInserted, this, changed);
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, [this](Id id) {
        m_targetTexts.remove(id);
        m_reordered = true;
    });
    connect(doc, &PlanDocument::taskMoved, this, [this] { m_reordered = true; });
    auto wholePlan = [this] { m_searchAll = true; };
    connect(doc, &PlanDocument::sectionInserted, this, wholePlan);
    connect(doc, &PlanDocument::sectionRemoved, this, [this] {
        m_targetTexts.clear();   // its tasks went without a word each
        m_searchAll = true;
    });
    connect(doc, &PlanDocument::sectionMoved, this, wholePlan);
    connect(doc, &PlanDocument::departmentsChanged, this, wholePlan);
    connect(doc, &PlanDocument::planInfoChanged, this, [this] {
        m_targetTexts.clear();
        m_searchAll = true;
    });
    // A report from elsewhere (a server plan's department) changes where tasks stand: with a
    // warning asked for, the plan is evaluated and searched again, once for a batch of reports
    // (they are told one task at a time) when the event loop turns.
    m_reportsArrived = new QTimer(this);
    m_reportsArrived->setSingleShot(true);
    m_reportsArrived->setInterval(0);
    connect(m_reportsArrived, &QTimer::timeout, this, &TaskSearchModel::update);
    connect(doc, &PlanDocument::reportsChanged, this, [this] {
        if (!m_filter.warning)
            return;
        m_searchAll = true;
        m_reportsArrived->start();
    });
}

void TaskSearchModel::update()
{
    m_reportsArrived->stop();
    if (m_searchAll || m_filter.warning) {
        refresh();
        return;
    }
    if (m_changed.isEmpty() && !m_reordered)
        return;
    // The plan's order, each task found as before unless it changed or is new: only those are
    // searched; a removed task is no longer in the plan, a moved one is where it now is.
    const QSet<Id> found(m_rows.cbegin(), m_rows.cend());
    const PlanData &plan = m_doc->plan();
    QList<Id> rows;
    if (!m_filter.isEmpty())
        for (Id section : plan.sectionsInOrder())
            for (Id id : plan.sectionTasks.value(section))
                if (m_changed.contains(id) ? m_filter.matches(*m_doc, *plan.tasks.constFind(id), {}, &m_targetTexts)
                                           : found.contains(id))
                    rows << id;
    m_changed.clear();
    m_reordered = false;
    if (rows == m_rows) {
        // The same tasks found: the place in the list and its selection are kept.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void TaskSearchModel::setFilter(const TaskFilter &filter)
{
    // Typing on in the search field only narrows it: a task that holds the longer text holds the
    // shorter, so only the tasks found already are looked at again (the rows are current: any
    // change to the plan refreshes them). On 100,000 tasks a character more costs what the
    // matches cost, not a pass over the plan.
    const QString was = m_filter.text.trimmed();
    const QString now = filter.text.trimmed();
    const bool narrows = !was.isEmpty() && now.contains(was, Qt::CaseInsensitive) && !filter.warning
                         && !m_filter.warning && filter.department == m_filter.department
                         && filter.deadlineFrom == m_filter.deadlineFrom && filter.deadlineTo == m_filter.deadlineTo
                         && filter.withoutLead == m_filter.withoutLead
                         && filter.targetWithoutDeadline == m_filter.targetWithoutDeadline;
    m_filter = filter;
    if (!narrows || m_searchAll || m_reordered || !m_changed.isEmpty()) {
        refresh();
        return;
    }
    beginResetModel();
    const PlanData &plan = m_doc->plan();
    QList<Id> kept;
    for (Id id : std::as_const(m_rows)) {
        const auto task = plan.tasks.constFind(id);
        if (task != plan.tasks.cend() && m_filter.matches(*m_doc, *task, {}, &m_targetTexts))
            kept << id;
    }
    m_rows = kept;
    endResetModel();
}

void TaskSearchModel::refresh()
{
    m_searchAll = false;
    m_reordered = false;
    m_changed.clear();
    beginResetModel();
    m_rows.clear();
    if (!m_filter.isEmpty()) {
        const PlanData &plan = m_doc->plan();
        QHash<Id, Warning> standing;
        if (m_filter.warning) {
            const QDate day = m_filter.asOf.isValid() ? m_filter.asOf : QDate::currentDate();
            for (const TaskResult &r : StatusEngine::evaluateAll(plan, m_doc->reports(), day))
                standing.insert(r.taskId, r.warning);
        }
        for (Id section : plan.sectionsInOrder())
            for (Id id : plan.sectionTasks.value(section))
                if (m_filter.matches(*m_doc, *plan.tasks.constFind(id), standing, &m_targetTexts))
                    m_rows << id;
    }
    endResetModel();
}

int TaskSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Id id = m_rows.at(index.row());
    const Id section = m_doc->plan().taskSection.value(id);
    if (role == TaskIdRole)
        return id;
    if (role == SectionIdRole)
        return section;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const Task &t = m_doc->plan().tasks[id];
    switch (index.column()) {
    case PlaceColumn:
        return m_doc->taskPlace(id);
    case TitleColumn: return t.title;
    case DeadlineColumn: return t.deadline.toString(Qt::ISODate);
    case LeadColumn: return m_doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"));
    default: return QVariant();
    }
}

QVariant TaskSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlaceColumn: return tr("Place");
    case TitleColumn: return tr("Task");
    case DeadlineColumn: return tr("Deadline");
    case LeadColumn: return tr("Lead");
    default: return QVariant();
    }
}

} // namespace ap
