#include "planedits.h"

#include "assessmentcommands.h"
#include "versioncommands.h"
#include "commands.h"

#include <algorithm>

namespace ap::edits {

namespace {

// Pushes command; it when its first redo was written (it is then on the stack), else null (the
// stack has deleted it).
template<class Command>
Command *push(PlanDocument &doc, Command *command)
{
    bool written = false;
    command->reportTo(&written);
    doc.undoStack()->push(command);
    return written ? command : nullptr;
}

} // namespace

bool keepRefusedEdit(PlanDocument &doc, const RefusedEdit &edit)
{
    const PlanData &plan = doc.plan();
    if (edit.nothingToKeep(plan))
        return false;
    // One command, so that the step is whole or not at all (and one undo takes it back).
    const QString text = PlanCommand::tr("Keep my change");
    switch (edit.item) {
    case PlanChange::Item::Task: {
        const Task kept = edit.taskKept(plan);
        if (kept.id)
            return editTask(doc, kept, text);
        // Removed by someone else: back where it stood.
        const int row = std::min(edit.rowOfTask, int(plan.sectionTasks.value(edit.sectionOfTask).size()));
        return addTask(doc, edit.sectionOfTask, row, kept) != 0;
    }
    case PlanChange::Item::Section: return renameSection(doc, edit.id, edit.sectionMine.title);
    case PlanChange::Item::Department: return editDepartment(doc, edit.departmentKept(*plan.department(edit.id)));
    case PlanChange::Item::Plan: return setPlanInfo(doc, edit.infoKept(plan.info));
    }
    return false;
}

bool setPlanInfo(PlanDocument &doc, const PlanInfo &info)
{
    return push(doc, new SetPlanInfoCommand(&doc, info));
}

Id addSection(PlanDocument &doc, Id parent, int row, const QString &title)
{
    const AddSectionCommand *added = push(doc, new AddSectionCommand(&doc, parent, row, title));
    return added ? added->sectionId() : 0;
}

bool removeSection(PlanDocument &doc, Id section)
{
    return push(doc, new RemoveSectionCommand(&doc, section));
}

bool moveSection(PlanDocument &doc, Id section, Id newParent, int newRow)
{
    return push(doc, new MoveSectionCommand(&doc, section, newParent, newRow));
}

bool renameSection(PlanDocument &doc, Id section, const QString &title)
{
    return push(doc, new RenameSectionCommand(&doc, section, title));
}

Id addTask(PlanDocument &doc, Id section, int row, const Task &task)
{
    const AddTaskCommand *added = push(doc, new AddTaskCommand(&doc, section, row, task));
    return added ? added->taskId() : 0;
}

bool addTasks(PlanDocument &doc, Id section, int row, const QList<Task> &tasks)
{
    return push(doc, new AddTasksCommand(&doc, section, row, tasks)) != nullptr;
}

bool removeTask(PlanDocument &doc, Id task)
{
    return push(doc, new RemoveTaskCommand(&doc, task));
}

bool moveTask(PlanDocument &doc, Id task, Id newSection, int newRow)
{
    return push(doc, new MoveTaskCommand(&doc, task, newSection, newRow));
}

bool editTask(PlanDocument &doc, const Task &task, const QString &text)
{
    return push(doc, new EditTaskCommand(&doc, task, text));
}

Id addDepartment(PlanDocument &doc, const QString &name, int row)
{
    const AddDepartmentCommand *added = push(doc, new AddDepartmentCommand(&doc, Department{0, name, QString(), 0}, row));
    return added ? added->departmentId() : 0;
}

bool removeDepartment(PlanDocument &doc, Id department)
{
    return push(doc, new RemoveDepartmentCommand(&doc, department));
}

bool mergeDepartments(PlanDocument &doc, Id from, Id into)
{
    return push(doc, new MergeDepartmentsCommand(&doc, from, into));
}

bool editDepartment(PlanDocument &doc, const Department &department)
{
    return push(doc, new EditDepartmentCommand(&doc, department));
}

bool moveDepartment(PlanDocument &doc, Id department, int newRow)
{
    return push(doc, new MoveDepartmentCommand(&doc, department, newRow));
}

bool insertContent(PlanDocument &doc, const PlanData &fragment, const QString &text)
{
    return push(doc, new InsertContentCommand(&doc, fragment, text));
}

Id addReport(PlanDocument &doc, const ProgressReport &report)
{
    const AddReportCommand *added = push(doc, new AddReportCommand(&doc, report));
    return added ? added->report().id : 0;
}

bool setPeriodLock(PlanDocument &doc, const QString &period, bool locked, const QString &reason)
{
    return push(doc, new SetPeriodLockCommand(&doc, period, locked, reason));
}

Group::Group(PlanDocument &doc, const QString &text)
    : m_doc(doc)
{
    m_doc.undoStack()->beginMacro(text);
}

Group::~Group()
{
    m_doc.undoStack()->endMacro();
}

bool setAssessment(PlanDocument &doc, const AssessmentChange &change, const QString &text)
{
    return push(doc, new SetAssessmentCommand(&doc, change, text)) != nullptr;
}

bool setAssessmentMark(PlanDocument &doc, const AssessmentMark &mark)
{
    return push(doc, new SetAssessmentMarkCommand(&doc, mark)) != nullptr;
}

bool setAssessmentAward(PlanDocument &doc, Id extraId, Id departmentId, const std::optional<AssessmentAward> &award)
{
    return push(doc, new SetAssessmentAwardCommand(&doc, extraId, departmentId, award)) != nullptr;
}

bool setAdjustmentReason(PlanDocument &doc, Id versionId, const QString &item, const QString &reason)
{
    if (doc.versions().reason(versionId, item) == reason)
        return true;
    return push(doc, new SetAdjustmentReasonCommand(&doc, versionId, item, reason)) != nullptr;
}

} // namespace ap::edits
