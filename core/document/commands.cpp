#include "commands.h"

namespace ap {

SetPlanInfoCommand::SetPlanInfoCommand(PlanDocument *doc, const PlanInfo &info)
    : PlanCommand(doc, PlanCommand::tr("Change plan properties")), m_old(doc->plan().info), m_new(info)
{
}

AddSectionCommand::AddSectionCommand(PlanDocument *doc, Id parentId, int row, const QString &title)
    : PlanCommand(doc, PlanCommand::tr("Add section")), m_row(row)
{
    m_section.parentId = parentId;
    m_section.title = title;
}

void AddSectionCommand::redo()
{
    // The first redo gets an id from the file; later redos reuse it.
    check(m_doc->applyInsertSection(m_section, m_row));
}

RemoveSectionCommand::RemoveSectionCommand(PlanDocument *doc, Id sectionId)
    : PlanCommand(doc, PlanCommand::tr("Delete section")), m_id(sectionId)
{
}

void RemoveSectionCommand::redo()
{
    m_snapshot = m_doc->snapshot(m_id);
    m_row = m_doc->plan().sectionRow(m_id);
    check(m_doc->applyRemoveSection(m_id));
}

MoveSectionCommand::MoveSectionCommand(PlanDocument *doc, Id sectionId, Id newParent, int newRow)
    : PlanCommand(doc, PlanCommand::tr("Move section")),
      m_id(sectionId),
      m_oldParent(doc->plan().sections.value(sectionId).parentId),
      m_newParent(newParent),
      m_oldRow(doc->plan().sectionRow(sectionId)),
      m_newRow(newRow)
{
}

RenameSectionCommand::RenameSectionCommand(PlanDocument *doc, Id sectionId, const QString &title)
    : PlanCommand(doc, PlanCommand::tr("Rename section")), m_id(sectionId), m_old(doc->plan().sections.value(sectionId).title),
      m_new(title)
{
}

AddTaskCommand::AddTaskCommand(PlanDocument *doc, Id sectionId, int row, const Task &task)
    : PlanCommand(doc, PlanCommand::tr("Add task")), m_task(task), m_section(sectionId), m_row(row)
{
}

AddTasksCommand::AddTasksCommand(PlanDocument *doc, Id sectionId, int row, const QList<Task> &tasks)
    : PlanCommand(doc, PlanCommand::tr("Add %n task(s)", nullptr, int(tasks.size()))), m_tasks(tasks), m_section(sectionId), m_row(row)
{
}

void AddTasksCommand::undo()
{
    QList<Id> ids;
    for (const Task &t : std::as_const(m_tasks))
        ids << t.id;
    check(m_doc->applyRemoveTasks(ids));
}

RemoveTaskCommand::RemoveTaskCommand(PlanDocument *doc, Id taskId)
    : PlanCommand(doc, PlanCommand::tr("Delete task")),
      m_task(doc->plan().tasks.value(taskId)),
      m_section(doc->plan().taskSection.value(taskId)),
      m_row(doc->plan().sectionTasks.value(m_section).indexOf(taskId))
{
}

MoveTaskCommand::MoveTaskCommand(PlanDocument *doc, Id taskId, Id newSection, int newRow)
    : PlanCommand(doc, PlanCommand::tr("Move task")),
      m_id(taskId),
      m_oldSection(doc->plan().taskSection.value(taskId)),
      m_newSection(newSection),
      m_oldRow(doc->plan().sectionTasks.value(m_oldSection).indexOf(taskId)),
      m_newRow(newRow)
{
}

EditTaskCommand::EditTaskCommand(PlanDocument *doc, const Task &newValue, const QString &text)
    : PlanCommand(doc, text.isEmpty() ? PlanCommand::tr("Edit task") : text), m_old(doc->plan().tasks.value(newValue.id)),
      m_new(newValue)
{
}

AddDepartmentCommand::AddDepartmentCommand(PlanDocument *doc, const Department &dept, int row)
    : PlanCommand(doc, PlanCommand::tr("Add department")), m_dept(dept), m_row(row)
{
}

RemoveDepartmentCommand::RemoveDepartmentCommand(PlanDocument *doc, Id departmentId)
    : PlanCommand(doc, PlanCommand::tr("Delete department"))
{
    if (const Department *d = doc->plan().department(departmentId))
        m_dept = *d;
}

void RemoveDepartmentCommand::redo()
{
    const PlanData &plan = m_doc->plan();
    m_tasks.clear();
    for (const Department &d : plan.departments)
        if (d.id == m_dept.id)
            m_row = d.position;
    for (const Task &t : plan.tasks)
        for (const Assignment &a : t.assignments)
            if (a.departmentId == m_dept.id) {
                m_tasks.append(t);
                break;
            }
    check(m_doc->applyRemoveDepartment(m_dept.id));
}

MergeDepartmentsCommand::MergeDepartmentsCommand(PlanDocument *doc, Id fromId, Id intoId)
    : PlanCommand(doc, PlanCommand::tr("Merge departments")), m_into(intoId)
{
    if (const Department *d = doc->plan().department(fromId))
        m_from = *d;
}

void MergeDepartmentsCommand::redo()
{
    const PlanData &plan = m_doc->plan();
    m_oldTasks.clear();
    QList<Task> merged;
    for (const Department &d : plan.departments)
        if (d.id == m_from.id)
            m_row = d.position;
    for (const Task &t : plan.tasks) {
        bool names = false;
        for (const Assignment &a : t.assignments)
            names = names || a.departmentId == m_from.id;
        if (!names)
            continue;
        m_oldTasks.append(t);
        Task n = t;
        const bool hasInto = !n.hasDepartment(m_into, DepartmentRole::Lead)
                                 ? n.hasDepartment(m_into, DepartmentRole::Support)
                                 : true;
        QList<Assignment> out;
        for (Assignment a : n.assignments) {
            if (a.departmentId == m_from.id) {
                if (hasInto)
                    continue;
                a.departmentId = m_into;
            }
            out.append(a);
        }
        n.assignments = out;
        merged.append(n);
    }
    check(m_doc->applyRemoveDepartment(m_from.id, merged));
}

EditDepartmentCommand::EditDepartmentCommand(PlanDocument *doc, const Department &newValue)
    : PlanCommand(doc, PlanCommand::tr("Edit department")), m_new(newValue)
{
    if (const Department *d = doc->plan().department(newValue.id))
        m_old = *d;
}

MoveDepartmentCommand::MoveDepartmentCommand(PlanDocument *doc, Id departmentId, int newRow)
    : PlanCommand(doc, PlanCommand::tr("Move department")), m_id(departmentId), m_newRow(newRow)
{
    if (const Department *d = doc->plan().department(departmentId))
        m_oldRow = d->position;
}

InsertContentCommand::InsertContentCommand(PlanDocument *doc, const PlanData &fragment, const QString &text)
    : PlanCommand(doc, text)
{
    // Provisional ids are negative so they can never meet a real one.
    QHash<Id, Id> departmentIds;
    Id provisional = 0;
    for (const Department &d : fragment.departments) {
        if (const Department *existing = doc->plan().departmentByName(d.name)) {
            departmentIds.insert(d.id, existing->id);
            continue;
        }
        Department nd = d;
        nd.id = --provisional;
        departmentIds.insert(d.id, nd.id);
        m_content.departments.append(nd);
    }
    for (Id root : fragment.childSections.value(0)) {
        SectionSnapshot snap;
        for (Id sid : fragment.sectionSubtree(root)) {
            Section s = fragment.sections.value(sid);
            s.id = -s.id;
            s.parentId = sid == root ? 0 : -s.parentId;
            snap.sections.append(s);
            for (Id tid : fragment.sectionTasks.value(sid)) {
                Task t = fragment.tasks.value(tid);
                t.id = 0;
                for (Target &target : t.targets)
                    target.id = 0;
                for (Assignment &a : t.assignments)
                    a.departmentId = departmentIds.value(a.departmentId, a.departmentId);
                snap.tasks.append({-sid, t});
            }
        }
        m_content.sections.append(snap);
    }
}

AddReportCommand::AddReportCommand(PlanDocument *doc, const ProgressReport &report)
    : PlanCommand(doc,
                  (report.supersedesId ? PlanCommand::tr("Correct the report on “%1”") : PlanCommand::tr("Report progress on “%1”"))
                      .arg(doc->plan().tasks.value(report.taskId).title))
    , m_report(report)
{
}

SetPeriodLockCommand::SetPeriodLockCommand(PlanDocument *doc, const QString &period, bool locked, const QString &reason)
    : PlanCommand(doc, (locked ? PlanCommand::tr("Lock %1") : PlanCommand::tr("Unlock %1")).arg(period::display(period)))
    , m_period(period)
{
    if (doc->reports().locks.contains(period))
        m_old = doc->reports().locks.value(period);
    m_new = PeriodLock{period, locked, QDateTime::currentDateTimeUtc(), reason};
}

} // namespace ap
