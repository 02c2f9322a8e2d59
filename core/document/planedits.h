#pragma once

#include "plandocument.h"

#include <QString>

// The one door for every change of a plan (as Subsurface's edit functions): one function per kind
// of edit, each pushing its command (commands.h) on the document's undo stack, so that the window,
// the models, paste, import and return forms change a plan the same way. Each says whether the
// change was written: when not, the plan and its file are as they were, the document has said why
// (PlanDocument::writeFailed) and nothing is left on the undo stack. Edits made while a Group
// lives are one undo step.
namespace ap::edits {

bool setPlanInfo(PlanDocument &doc, const PlanInfo &info);

// The new section's id; 0 when it was not written.
Id addSection(PlanDocument &doc, Id parent, int row, const QString &title);
bool removeSection(PlanDocument &doc, Id section);
bool moveSection(PlanDocument &doc, Id section, Id newParent, int newRow);
bool renameSection(PlanDocument &doc, Id section, const QString &title);

// The new task's id; 0 when it was not written.
Id addTask(PlanDocument &doc, Id section, int row, const Task &task);
// New tasks in a block at row of section, one write (and one undo) for all of them.
bool addTasks(PlanDocument &doc, Id section, int row, const QList<Task> &tasks);
bool removeTask(PlanDocument &doc, Id task);
bool moveTask(PlanDocument &doc, Id task, Id newSection, int newRow);
// The task (found by its id) replaced by task; text names the step on the undo stack when given.
bool editTask(PlanDocument &doc, const Task &task, const QString &text = QString());

// The new department's id; 0 when it was not written.
Id addDepartment(PlanDocument &doc, const QString &name, int row);
bool removeDepartment(PlanDocument &doc, Id department);
// from's tasks go to into; from is removed.
bool mergeDepartments(PlanDocument &doc, Id from, Id into);
bool editDepartment(PlanDocument &doc, const Department &department);
bool moveDepartment(PlanDocument &doc, Id department, int newRow);

// Departments and sections from fragment added after the plan's (an import), as one step named text.
bool insertContent(PlanDocument &doc, const PlanData &fragment, const QString &text);

// A progress report added by the plan's editors (undoable); its id, or 0 when it was not written.
Id addReport(PlanDocument &doc, const ProgressReport &report);
bool setPeriodLock(PlanDocument &doc, const QString &period, bool locked, const QString &reason);
// The year-end assessment: the scheme and the tasks' items changed as one step named text; a
// unit's mark on a task (its 自评 and the 复核; an empty mark removes it); an award given or
// taken back (nullopt).
bool setAssessment(PlanDocument &doc, const AssessmentChange &change, const QString &text);
bool setAssessmentMark(PlanDocument &doc, const AssessmentMark &mark);
bool setAssessmentAward(PlanDocument &doc, Id extraId, Id departmentId, const std::optional<AssessmentAward> &award);
// The reason typed for an item changed since a version (调整理由; empty removes it); the item is
// the change's key (PlanChange::key).
bool setAdjustmentReason(PlanDocument &doc, Id versionId, const QString &item, const QString &reason);

// The clerk's edit that a conflict refused (PlanDocument::takeRefusedEdits) written over the item
// as it is now, as one undo step: the parts the clerk changed as the clerk made them, the others
// as someone else left them (RefusedEdit::taskKept and its kin). A task someone removed is added
// again where it stood, as the clerk made it, when its section is still there. False when nothing
// was written (nothing is left to keep, or a write failed: then said as usual).
bool keepRefusedEdit(PlanDocument &doc, const RefusedEdit &edit);

// The edits made while it lives are one undo step named text.
class Group
{
public:
    Group(PlanDocument &doc, const QString &text);
    ~Group();
    Group(const Group &) = delete;
    Group &operator=(const Group &) = delete;

private:
    PlanDocument &m_doc;
};

} // namespace ap::edits
