#pragma once

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Every change to a plan is one of these commands, pushed on the document's undo stack by the one
// door for edits (planedits.h); nothing else builds them but the tests of the commands themselves.
// A command whose write fails marks itself obsolete, so QUndoStack drops it and the stack stays
// in step with the file; the document has already reported the failure.
namespace ap {

class PlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanCommand)
public:
    explicit PlanCommand(PlanDocument *doc, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_doc(doc) {}

    // Where the first redo says whether it was written (planedits reads it: a command whose first
    // redo failed is deleted by the stack's push).
    void reportTo(bool *written) { m_written = written; }

protected:
    // Marks the command obsolete when a write failed.
    void check(bool ok)
    {
        if (m_written) {
            *m_written = ok;
            m_written = nullptr;
        }
        if (!ok)
            setObsolete(true);
    }
    // An undo's check: a refused undo keeps no edit to offer again (PlanDocument::takeRefusedEdits):
    // what it would have put back is no one's typing now.
    void checkUndo(bool ok)
    {
        if (!ok)
            m_doc->forgetLastRefusedEdit();
        check(ok);
    }
    PlanDocument *m_doc;

private:
    bool *m_written = nullptr;
};

class SetPlanInfoCommand : public PlanCommand
{
public:
    SetPlanInfoCommand(PlanDocument *doc, const PlanInfo &info);
    void redo() override { check(m_doc->applyPlanInfo(m_new)); }
    void undo() override { checkUndo(m_doc->applyPlanInfo(m_old)); }

private:
    PlanInfo m_old, m_new;
};

class AddSectionCommand : public PlanCommand
{
public:
    AddSectionCommand(PlanDocument *doc, Id parentId, int row, const QString &title);
    void redo() override;
    void undo() override { check(m_doc->applyRemoveSection(m_section.id)); }
    Id sectionId() const { return m_section.id; }

private:
    Section m_section;
    int m_row;
};

class RemoveSectionCommand : public PlanCommand
{
public:
    RemoveSectionCommand(PlanDocument *doc, Id sectionId);
    void redo() override;
    void undo() override { check(m_doc->applyRestoreSection(m_snapshot, m_row)); }

private:
    Id m_id;
    int m_row = 0;
    SectionSnapshot m_snapshot;
};

class MoveSectionCommand : public PlanCommand
{
public:
    // newRow is the index among the new parent's children once the section has left its place.
    MoveSectionCommand(PlanDocument *doc, Id sectionId, Id newParent, int newRow);
    void redo() override { check(m_doc->applyMoveSection(m_id, m_newParent, m_newRow)); }
    void undo() override { check(m_doc->applyMoveSection(m_id, m_oldParent, m_oldRow)); }

private:
    Id m_id, m_oldParent, m_newParent;
    int m_oldRow, m_newRow;
};

class RenameSectionCommand : public PlanCommand
{
public:
    RenameSectionCommand(PlanDocument *doc, Id sectionId, const QString &title);
    void redo() override { check(m_doc->applyRenameSection(m_id, m_new)); }
    void undo() override { checkUndo(m_doc->applyRenameSection(m_id, m_old)); }

private:
    Id m_id;
    QString m_old, m_new;
};

class AddTaskCommand : public PlanCommand
{
public:
    AddTaskCommand(PlanDocument *doc, Id sectionId, int row, const Task &task);
    void redo() override { check(m_doc->applyInsertTask(m_task, m_section, m_row)); }
    void undo() override { check(m_doc->applyRemoveTask(m_task.id)); }
    Id taskId() const { return m_task.id; }

private:
    Task m_task;
    Id m_section;
    int m_row;
};

// A block of new tasks at row of a section (a paste), written and undone in one transaction each.
class AddTasksCommand : public PlanCommand
{
public:
    AddTasksCommand(PlanDocument *doc, Id sectionId, int row, const QList<Task> &tasks);
    void redo() override { check(m_doc->applyInsertTasks(m_tasks, m_section, m_row)); }
    void undo() override;

private:
    QList<Task> m_tasks;
    Id m_section;
    int m_row;
};

class RemoveTaskCommand : public PlanCommand
{
public:
    RemoveTaskCommand(PlanDocument *doc, Id taskId);
    void redo() override { check(m_doc->applyRemoveTask(m_task.id)); }
    void undo() override { check(m_doc->applyInsertTask(m_task, m_section, m_row)); }

private:
    Task m_task;
    Id m_section;
    int m_row;
};

class MoveTaskCommand : public PlanCommand
{
public:
    // newRow is the index in the new section once the task has left its place.
    MoveTaskCommand(PlanDocument *doc, Id taskId, Id newSection, int newRow);
    void redo() override { check(m_doc->applyMoveTask(m_id, m_newSection, m_newRow)); }
    void undo() override { check(m_doc->applyMoveTask(m_id, m_oldSection, m_oldRow)); }

private:
    Id m_id, m_oldSection, m_newSection;
    int m_oldRow, m_newRow;
};

// Replaces a task's whole value: title, text, dates, targets and departments.
class EditTaskCommand : public PlanCommand
{
public:
    EditTaskCommand(PlanDocument *doc, const Task &newValue, const QString &text = QString());
    void redo() override { check(m_doc->applyReplaceTask(m_new)); }
    void undo() override { checkUndo(m_doc->applyReplaceTask(m_old)); }

private:
    Task m_old, m_new;
};

class AddDepartmentCommand : public PlanCommand
{
public:
    AddDepartmentCommand(PlanDocument *doc, const Department &dept, int row);
    void redo() override { check(m_doc->applyInsertDepartment(m_dept, m_row)); }
    void undo() override { check(m_doc->applyRemoveDepartment(m_dept.id)); }
    Id departmentId() const { return m_dept.id; }

private:
    Department m_dept;
    int m_row;
};

// Removing a department also removes it from every task; undo puts both back.
class RemoveDepartmentCommand : public PlanCommand
{
public:
    RemoveDepartmentCommand(PlanDocument *doc, Id departmentId);
    void redo() override;
    void undo() override { check(m_doc->applyInsertDepartment(m_dept, m_row, m_tasks)); }

private:
    Department m_dept;
    int m_row = 0;
    QList<Task> m_tasks;
};

// Merges one department into another: every task that named the first names the second
// instead (in the same role, unless it already names the second), then the first goes.
class MergeDepartmentsCommand : public PlanCommand
{
public:
    MergeDepartmentsCommand(PlanDocument *doc, Id fromId, Id intoId);
    void redo() override;
    void undo() override { check(m_doc->applyInsertDepartment(m_from, m_row, m_oldTasks)); }

private:
    Department m_from;
    Id m_into;
    int m_row = 0;
    QList<Task> m_oldTasks;
};

class EditDepartmentCommand : public PlanCommand
{
public:
    EditDepartmentCommand(PlanDocument *doc, const Department &newValue);
    void redo() override { check(m_doc->applyReplaceDepartment(m_new)); }
    void undo() override { checkUndo(m_doc->applyReplaceDepartment(m_old)); }

private:
    Department m_old, m_new;
};

class MoveDepartmentCommand : public PlanCommand
{
public:
    MoveDepartmentCommand(PlanDocument *doc, Id departmentId, int newRow);
    void redo() override { check(m_doc->applyMoveDepartment(m_id, m_newRow)); }
    void undo() override { check(m_doc->applyMoveDepartment(m_id, m_oldRow)); }

private:
    Id m_id;
    int m_oldRow = 0, m_newRow;
};

// Adds a whole plan fragment (an import) as one step: its departments that the plan does not
// have yet (matched by name) and its sections with their tasks, after the existing ones.
class InsertContentCommand : public PlanCommand
{
public:
    InsertContentCommand(PlanDocument *doc, const PlanData &fragment, const QString &text);
    void redo() override { check(m_doc->applyInsertContent(m_content)); }
    void undo() override { check(m_doc->applyRemoveContent(m_content)); }
    const ContentInsert &content() const { return m_content; }

private:
    ContentInsert m_content;
};

// Records progress on a task; with supersedes set, a correction of an earlier report. Undo takes
// the entry out again; the earlier report is never changed.
class AddReportCommand : public PlanCommand
{
public:
    AddReportCommand(PlanDocument *doc, const ProgressReport &report);
    void redo() override { check(m_doc->applyAddReport(m_report)); }
    void undo() override { check(m_doc->applyRemoveReport(m_report.id)); }
    const ProgressReport &report() const { return m_report; }

private:
    ProgressReport m_report;
};

// Locks a reported period (报送) or unlocks it with a reason.
class SetPeriodLockCommand : public PlanCommand
{
public:
    SetPeriodLockCommand(PlanDocument *doc, const QString &period, bool locked, const QString &reason);
    void redo() override { check(m_doc->applyPeriodLock(m_period, m_new)); }
    void undo() override { check(m_doc->applyPeriodLock(m_period, m_old)); }

private:
    QString m_period;
    std::optional<PeriodLock> m_old, m_new;
};

} // namespace ap
