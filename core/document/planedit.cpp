// PlanDocument's edits of the plan itself (properties, sections, tasks, departments): each written
// through write() in one transaction, then made in memory and told, apart from plandocument.cpp,
// which opens, names and writes the plan.
#include "plandocument.h"

#include "domain/planlabels.h"
#include "domain/numbering.h"
#include "reportrules.h"
#include "storage/store.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace ap {
bool PlanDocument::applyPlanInfo(const PlanInfo &info)
{
    if (!write([&](PlanRows &rows) { return rows.writePlanInfo(info); }))
        return keepRefused(RefusedEdit::ofPlanInfo(m_plan, info));
    m_plan.info = info;
    Q_EMIT planInfoChanged();
    return true;
}

bool PlanDocument::applyInsertSection(Section &section, int row)
{
    Section s = section;
    if (!write([&](PlanRows &rows) { return rows.insertSection(s, row); }))
        return false;
    section = s;
    Q_EMIT sectionAboutToBeInserted(s.parentId, row);
    m_plan.sections.insert(s.id, s);
    m_plan.childSections[s.parentId].insert(row, s.id);
    Q_EMIT sectionInserted(s.id);
    return true;
}

bool PlanDocument::applyRestoreSection(const SectionSnapshot &snap, int row)
{
    if (snap.sections.isEmpty())
        return false;
    QList<Id> taskIds;
    const bool written = write([&](PlanRows &rows) {
        QHash<Id, int> childCount;
        for (int i = 0; i < snap.sections.size(); ++i) {
            Section s = snap.sections.at(i);
            const int r = i == 0 ? row : childCount[s.parentId]++;
            if (!rows.insertSection(s, r))
                return false;
        }
        QHash<Id, int> taskCount;
        for (const auto &[sectionId, task] : snap.tasks) {
            Task t = task;
            if (!rows.insertTask(t, sectionId, taskCount[sectionId]++))
                return false;
            taskIds.append(t.id);
        }
        return m_held.write(rows, taskIds);
    });
    if (!written)
        return false;
    giveBackReports(taskIds);

    rememberSubtree(snap, row);
    return true;
}

void PlanDocument::rememberSubtree(const SectionSnapshot &snap, int row)
{
    const Section &root = snap.sections.first();
    Q_EMIT sectionAboutToBeInserted(root.parentId, row);
    for (int i = 0; i < snap.sections.size(); ++i) {
        const Section &s = snap.sections.at(i);
        m_plan.sections.insert(s.id, s);
        if (i == 0)
            m_plan.childSections[s.parentId].insert(row, s.id);
        else
            m_plan.childSections[s.parentId].append(s.id);
    }
    for (const auto &[sectionId, task] : snap.tasks) {
        m_plan.tasks.insert(task.id, task);
        m_plan.sectionTasks[sectionId].append(task.id);
        m_plan.taskSection.insert(task.id, sectionId);
    }
    Q_EMIT sectionInserted(root.id);
}

bool PlanDocument::applyRemoveSection(Id id)
{
    if (!m_plan.sections.contains(id))
        return false;
    QList<Id> removedTasks;
    for (Id sub : m_plan.sectionSubtree(id))
        removedTasks += m_plan.sectionTasks.value(sub);
    QHash<Id, QByteArray> evidence;
    if (!write([&](PlanRows &rows) {
            return rows.claimReports(removedTasks, knownReports(removedTasks)) && readEvidenceOn(rows, removedTasks, &evidence)
                   && rows.deleteSection(id);
        }))
        return false;
    holdReports(removedTasks, evidence);
    const Id parent = m_plan.sections.value(id).parentId;
    const int row = m_plan.sectionRow(id);
    Q_EMIT sectionAboutToBeRemoved(id);
    forgetSubtree(id, parent, row);
    Q_EMIT sectionRemoved(parent, row);
    return true;
}

bool PlanDocument::applyMoveSection(Id id, Id newParent, int newRow)
{
    if (!m_plan.sections.contains(id) || isInSubtree(newParent, id))
        return false;
    if (!write([&](PlanRows &rows) { return rows.moveSection(id, newParent, newRow); }))
        return false;
    Q_EMIT sectionAboutToBeMoved(id, newParent, newRow);
    Section &s = m_plan.sections[id];
    m_plan.childSections[s.parentId].removeOne(id);
    s.parentId = newParent;
    m_plan.childSections[newParent].insert(newRow, id);
    Q_EMIT sectionMoved(id);
    return true;
}

bool PlanDocument::applyRenameSection(Id id, const QString &title)
{
    if (!write([&](PlanRows &rows) { return rows.renameSection(id, title); }))
        return keepRefused(RefusedEdit::ofSection(m_plan, id, title));
    m_plan.sections[id].title = title;
    Q_EMIT sectionChanged(id);
    return true;
}

bool PlanDocument::applyInsertTask(Task &task, Id sectionId, int row)
{
    QList<Task> one{task};
    if (!applyInsertTasks(one, sectionId, row))
        return false;
    task = one.first();
    return true;
}

bool PlanDocument::applyRemoveTask(Id id)
{
    return applyRemoveTasks({id});
}

bool PlanDocument::applyInsertTasks(QList<Task> &tasks, Id sectionId, int row)
{
    QList<Task> written = tasks;
    const auto idsOf = [&written] {
        QList<Id> ids;
        for (const Task &t : std::as_const(written))
            ids << t.id;
        return ids;
    };
    if (!write([&](PlanRows &rows) { return rows.insertTasks(written, sectionId, row) && m_held.write(rows, idsOf()); }))
        return false;
    giveBackReports(idsOf());
    tasks = written;
    for (int i = 0; i < written.size(); ++i) {
        const Task &t = written.at(i);
        Q_EMIT taskAboutToBeInserted(sectionId, row + i);
        m_plan.tasks.insert(t.id, t);
        m_plan.sectionTasks[sectionId].insert(row + i, t.id);
        m_plan.taskSection.insert(t.id, sectionId);
        Q_EMIT taskInserted(t.id);
    }
    return true;
}

bool PlanDocument::applyRemoveTasks(const QList<Id> &ids)
{
    for (Id id : ids)
        if (!m_plan.tasks.contains(id))
            return false;
    QHash<Id, QByteArray> evidence;
    if (!write([&](PlanRows &rows) {
            return rows.claimReports(ids, knownReports(ids)) && readEvidenceOn(rows, ids, &evidence) && rows.deleteTasks(ids);
        }))
        return false;
    holdReports(ids, evidence);
    for (Id id : ids) {
        const Id section = m_plan.taskSection.value(id);
        const int row = m_plan.sectionTasks.value(section).indexOf(id);
        Q_EMIT taskAboutToBeRemoved(id);
        m_plan.tasks.remove(id);
        m_plan.taskSection.remove(id);
        m_plan.sectionTasks[section].removeAt(row);
        Q_EMIT taskRemoved(section, row);
    }
    return true;
}

bool PlanDocument::applyMoveTask(Id id, Id newSection, int newRow)
{
    if (!m_plan.tasks.contains(id) || !m_plan.sections.contains(newSection))
        return false;
    if (!write([&](PlanRows &rows) { return rows.moveTask(id, newSection, newRow); }))
        return false;
    Q_EMIT taskAboutToBeMoved(id, newSection, newRow);
    const Id old = m_plan.taskSection.value(id);
    m_plan.sectionTasks[old].removeOne(id);
    m_plan.sectionTasks[newSection].insert(newRow, id);
    m_plan.taskSection.insert(id, newSection);
    Q_EMIT taskMoved(id);
    return true;
}

bool PlanDocument::applyReplaceTask(Task &task)
{
    if (!m_plan.tasks.contains(task.id))
        return false;
    Task t = task;
    // Actuals reported against a target go with it when it is deleted (the database cascades)
    // and come back when an undo brings the target back.
    QSet<Id> before, after;
    for (const Target &x : m_plan.tasks.value(t.id).targets)
        before.insert(x.id);
    for (const Target &x : t.targets)
        if (x.id)
            after.insert(x.id);
    QList<std::tuple<Id, Id, double>> restored;
    const bool written = write([&](PlanRows &rows) {
        if (!rows.updateTask(t))
            return false;
        for (Id target : after) {
            if (before.contains(target))
                continue;
            for (const auto &[reportId, actual] : m_held.figures(target)) {
                const bool exists = std::any_of(m_reports.entries.cbegin(), m_reports.entries.cend(),
                                                [id = reportId](const ProgressReport &c) { return c.id == id; });
                if (!exists)
                    continue;
                if (!rows.insertReportValue(reportId, target, actual))
                    return false;
                restored.append({reportId, target, actual});
            }
        }
        return true;
    });
    if (!written)
        return keepRefused(RefusedEdit::ofTask(m_plan, task));
    for (const auto &[reportId, target, actual] : restored) {
        for (ProgressReport &c : changeReports().entries)
            if (c.id == reportId)
                c.actuals.insert(target, actual);
        m_held.forgetFigures(target);
    }
    for (Id target : before)
        if (!after.contains(target))
            m_held.holdFigures(t.id, target, changeReports());
    task = t;
    m_plan.tasks.insert(t.id, t);
    Q_EMIT taskChanged(t.id);
    if (!restored.isEmpty() || before != after)
        Q_EMIT reportsChanged(t.id);
    return true;
}

void PlanDocument::renumberDepartments()
{
    for (int i = 0; i < m_plan.departments.size(); ++i)
        m_plan.departments[i].position = i;
}

bool PlanDocument::applyInsertDepartment(Department &dept, int row, const QList<Task> &restoreTasks)
{
    Department d = dept;
    QList<Task> tasks = restoreTasks;
    const bool written = write([&](PlanRows &rows) {
        return rows.insertDepartment(d, row)
            && std::all_of(tasks.begin(), tasks.end(), [&](Task &t) { return rows.updateTask(t); });
    });
    if (!written)
        return false;
    dept = d;
    Q_EMIT departmentsAboutToChange();
    m_plan.departments.insert(row, d);
    renumberDepartments();
    Q_EMIT departmentsChanged();
    for (const Task &t : tasks) {
        m_plan.tasks.insert(t.id, t);
        Q_EMIT taskChanged(t.id);
    }
    return true;
}

bool PlanDocument::applyRemoveDepartment(Id id, const QList<Task> &replaceTasks)
{
    QList<Task> tasks = replaceTasks;
    const bool written = write([&](PlanRows &rows) {
        return std::all_of(tasks.begin(), tasks.end(), [&](Task &t) { return rows.updateTask(t); })
            && rows.deleteDepartment(id);
    });
    if (!written)
        return false;
    for (const Task &t : std::as_const(tasks))
        m_plan.tasks.insert(t.id, t);
    Q_EMIT departmentsAboutToChange();
    m_plan.departments.removeIf([id](const Department &d) { return d.id == id; });
    renumberDepartments();
    QList<Id> touched;
    for (Task &t : m_plan.tasks) {
        if (t.assignments.removeIf([id](const Assignment &a) { return a.departmentId == id; }) > 0)
            touched << t.id;
    }
    Q_EMIT departmentsChanged();
    for (const Task &t : std::as_const(tasks))
        if (!touched.contains(t.id))
            touched << t.id;
    for (Id t : touched)
        Q_EMIT taskChanged(t);
    return true;
}

bool PlanDocument::applyReplaceDepartment(const Department &dept)
{
    if (!write([&](PlanRows &rows) { return rows.updateDepartment(dept); }))
        return keepRefused(RefusedEdit::ofDepartment(m_plan, dept));
    Q_EMIT departmentsAboutToChange();
    for (Department &d : m_plan.departments)
        if (d.id == dept.id) {
            d.name = dept.name;
            d.shortName = dept.shortName;
        }
    Q_EMIT departmentsChanged();
    // Tasks show department names; tell their views.
    for (const Task &t : std::as_const(m_plan.tasks))
        for (const Assignment &a : t.assignments)
            if (a.departmentId == dept.id) {
                Q_EMIT taskChanged(t.id);
                break;
            }
    return true;
}

bool PlanDocument::applyMoveDepartment(Id id, int newRow)
{
    if (!write([&](PlanRows &rows) { return rows.moveDepartment(id, newRow); }))
        return false;
    Q_EMIT departmentsAboutToChange();
    int from = -1;
    for (int i = 0; i < m_plan.departments.size(); ++i)
        if (m_plan.departments.at(i).id == id)
            from = i;
    if (from >= 0)
        m_plan.departments.move(from, newRow);
    renumberDepartments();
    Q_EMIT departmentsChanged();
    return true;
}

void PlanDocument::forgetSubtree(Id id, Id parent, int row)
{
    for (Id sub : m_plan.sectionSubtree(id)) {
        for (Id t : m_plan.sectionTasks.value(sub)) {
            m_plan.tasks.remove(t);
            m_plan.taskSection.remove(t);
        }
        m_plan.sectionTasks.remove(sub);
        m_plan.childSections.remove(sub);
        m_plan.sections.remove(sub);
    }
    m_plan.childSections[parent].removeAt(row);
}

} // namespace ap
